name              'webapp'
maintainer        'Platform Team'
maintainer_email  'platform@example.com'
license           'Apache-2.0'
description       'Installs and configures the web application'
version           '3.4.0'
chef_version      '>= 16.0'

%w(ubuntu debian centos).each do |os|
  supports os
end

depends 'mysql', '>= 6.0'
depends 'nginx', '~> 12.2'
depends "redisio"
# depends 'memcached'

source_url 'https://git.example.com/chef/webapp'
issues_url 'https://git.example.com/chef/webapp/issues'
