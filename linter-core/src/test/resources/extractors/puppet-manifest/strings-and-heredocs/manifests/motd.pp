class motd {
  $message = @("END"/L)
    This host is managed by Puppet.
    It used to include mysql::server and class { 'mongodb': }.
    Contact ${facts['networking']['fqdn']} admins.
    | END

  file { '/etc/motd':
    content => $message,
  }

  $legacy = "include ${facts['role']} and class { 'apache': }"
  $quoted = 'contain \'haproxy\''
  include motd::banner
}
