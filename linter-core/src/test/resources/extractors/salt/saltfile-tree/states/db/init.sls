include:
  - mysql
postgresql:
  service.running: []
