#!jinja|yaml
{% from "app/map.jinja" import app with context %}
{# the application service and its workers #}
include:
  - postgres.server
  - redis
  - {{ app.extra_formula }}

app-service:
  service.running:
    - names:
      - gunicorn
      - celery-worker
    - enable: true

{% for worker in app.workers %}
{{ worker }}-svc:
  service.running:
    - name: {{ worker }}
{% endfor %}
