include_recipe('webapp::default')
include_recipe 'sudo', 'users::sysadmins'
log 'include_recipe "apache2" is not used any more'
