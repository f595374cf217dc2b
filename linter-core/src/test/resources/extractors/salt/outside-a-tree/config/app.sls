include:
  - mysql
nginx:
  service.running: []
