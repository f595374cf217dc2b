maintainer       "Example Co"
license          "All rights reserved"
description      "Installs/Configures legacy_app"
long_description IO.read(File.join(File.dirname(__FILE__), 'README.md'))
version          "0.1.0"
name             "legacy_app"

recipe "legacy_app::default", "Installs everything"

%w{ apt mysql database }.each do |cb|
  depends cb
end
depends "php", "= 1.1.2"
