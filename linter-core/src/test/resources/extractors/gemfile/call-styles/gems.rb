# frozen_string_literal: true

source "https://rubygems.org"
git_source(:github) { |repo| "https://github.com/#{repo}.git" }

gem("rack", "~> 3.0")
gem('sinatra', '>= 3.0', '< 5')
gem 'sequel',
    '~> 5.77',
    require: 'sequel/core'
gem "oj", [">= 3.13", "< 4"]
gem "rack-attack"; gem "rack-cors"
gem 'rb-fsevent' if RUBY_PLATFORM =~ /darwin/
gem "mini_racer" unless ENV.fetch("SKIP_JS", nil)

if ENV["DB"] == "sqlite"
  gem "sqlite3", "~> 1.7"
else
  gem "pg", "~> 1.5"
end

group(:test) { gem "rack-test" }

platforms :jruby do
  gem "jdbc-postgres"
end

source "https://gems.contribsys.com/" do
  gem "sidekiq-pro"
end

%w[rspec-core rspec-mocks].each do |name|
  gem name, "~> 3.13", group: :test
end

group :test do
  gem "webmock", group: :development
end
