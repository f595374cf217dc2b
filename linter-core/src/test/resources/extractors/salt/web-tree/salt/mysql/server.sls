mysql-server:
  pkg.installed:
    - pkgs:
      - mariadb-server
      - mariadb-client
  service:
    - running
    - name: mariadb
    - require:
      - pkg: mysql-server

mysql-log:
  file.managed:
    - name: /var/log/mysql.log
    - contents: "service.running: mysql"
