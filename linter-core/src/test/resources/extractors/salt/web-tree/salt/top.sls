base:
  '*':
    - common
    - users
  'web*':
    - match: glob
    - nginx
  'db*':
    - mysql.server
