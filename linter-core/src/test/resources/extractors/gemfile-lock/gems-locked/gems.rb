source "https://rubygems.org"

gem "hanami", "~> 2.1"
gem "rom-sql", "~> 3.6"
