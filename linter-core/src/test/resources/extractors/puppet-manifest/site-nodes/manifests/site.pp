## site.pp ##

# Disable filebucket by default for all File resources:
File { backup => false }

node 'web01.example.com', 'web02.example.com' {
  include role::web
}

node /^db-\d+\.example\.com$/ {
  include role::db
}

node /^cache-'\d+'$/ {
  class { 'redis':
    bind => '127.0.0.1',
  }
}

node default {
  notify { 'No role assigned; include role::base by hand': }
}
