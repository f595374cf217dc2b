#
# Cookbook:: webapp
# Recipe:: default
#
# Installs MySQL and the web server. Earlier versions also ran
# include_recipe 'memcached' here.

include_recipe 'mysql::server'
include_recipe 'nginx'
include_recipe "#{cookbook_name}::users"

if node['webapp']['cache']
  include_recipe 'redisio::enable'
end

package 'git'

template '/etc/webapp.conf' do
  source 'webapp.conf.erb'
  notifies :restart, 'service[webapp]'
end
