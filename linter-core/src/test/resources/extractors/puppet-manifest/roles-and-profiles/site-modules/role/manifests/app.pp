# A role includes profiles only.
class role::app inherits role::base {
  include profile::database
  include profile::nginx
}
