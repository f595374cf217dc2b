include:
  - .config
  - php.fpm

nginx:
  pkg.installed: []
  service.running:
    - enable: True
    - reload: True
    - watch:
      - file: /etc/nginx/nginx.conf

# redis:
#   service.running: []
