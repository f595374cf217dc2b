# @summary MySQL server for the application tier.
#
# Replaces the old PostgreSQL profile, which did:
#   include postgresql::server
#
# @param root_password  the MySQL root password (from Hiera eyaml)
class profile::database (
  Sensitive[String] $root_password,
  Integer           $max_connections = 500,
) {
  class { '::mysql::server':
    root_password    => $root_password,
    override_options => {
      'mysqld' => { 'max_connections' => $max_connections },
    },
  }

  include ::mysql::client
  contain profile::base

  /*
  class { 'mongodb::server':
    bind_ip => ['0.0.0.0'],
  }
  */

  mysql::db { 'app':
    user     => 'app',
    password => $root_password,
    require  => Class['mysql::server'],
  }

  Class['mysql::server'] -> Class['profile::backup']
}
