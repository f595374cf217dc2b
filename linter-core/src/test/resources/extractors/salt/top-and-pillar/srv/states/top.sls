{% set roles = salt['grains.get']('roles', []) %}
base:
  '*':
    - core
{% if 'app' in roles %}
  'roles:app':
    - match: grain
    - app
{% endif %}
