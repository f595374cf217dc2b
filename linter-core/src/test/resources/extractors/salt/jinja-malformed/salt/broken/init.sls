{% set port = 8080 %}
web:
  service.running:
    - name: httpd
   - enable: True
