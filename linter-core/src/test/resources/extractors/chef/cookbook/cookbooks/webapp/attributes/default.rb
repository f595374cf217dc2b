default['webapp']['cache'] = true
include_attribute 'nginx'
