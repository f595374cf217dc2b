class webstack (
  String $role = 'frontend',
) {
  include('nginx', 'php::fpm')
  include apt, ntp
  contain 'memcached'
  require ::java
  include $role_class
  include "profile::${role}"
  lookup('classes', Array[String], 'unique', []).include
  $required = require_version('7.0')
  include_recipe_helper('haproxy')

  package { 'git':
    ensure  => installed,
    require => Class['apt'],
  }
}
