#!/usr/bin/env python3
"""Copies the end-of-life facts stacklint needs from endoflife.date data (shared/data/eol/*.yml, front matter of
endoflife.date's product pages, MIT-licensed) into rules/src/main/resources/io/stacklint/rules/eol.yml.

Only products whose technology is in the catalog are copied, and only what ratings need: each release cycle and
its end-of-life date (or that it has ended without a date, or has none announced). Run it again when the data or
the catalog changes:  python3 rules/tools/import-eol.py ../shared/data/eol
"""
import glob
import os
import re
import sys

# endoflife.date product -> catalog technology ids whose versions follow that product's cycles
PRODUCTS = {
    "postgresql": ["postgresql"], "mysql": ["mysql"], "mariadb": ["mariadb"], "redis": ["redis"],
    "valkey": ["valkey"], "mongodb": ["mongodb"], "nodejs": ["nodejs", "nodejs-backend"], "python": ["python"],
    "ruby": ["ruby"], "ruby-on-rails": ["rails"], "elixir": ["elixir"], "erlang": ["erlang"], "go": ["go"],
    "php": ["php"], "eclipse-temurin": ["java"], "kotlin": ["kotlin"], "scala": ["scala"], "rust": ["rust"],
    "perl": ["perl"], "deno": ["deno"], "bun": ["bun"], "dotnet": ["dotnet"], "spring-boot": ["spring-boot"],
    "spring-framework": ["spring-framework"], "quarkus-framework": ["quarkus"], "micronaut": ["micronaut"],
    "hibernate-orm": ["hibernate"], "django": ["django"], "laravel": ["laravel"], "symfony": ["symfony"],
    "phoenix-framework": ["phoenix"], "express": ["express"], "nextjs": ["nextjs"], "nuxt": ["nuxt"],
    "react": ["react"], "vue": ["vue"], "angular": ["angular"], "angularjs": ["angularjs"], "svelte": ["svelte"],
    "jquery": ["jquery"], "apache-struts": ["struts"], "nginx": ["nginx"], "haproxy": ["haproxy"],
    "traefik": ["traefik"], "tomcat": ["tomcat"], "eclipse-jetty": ["jetty"], "apache-kafka": ["kafka"],
    "rabbitmq": ["rabbitmq"], "apache-activemq": ["activemq"], "apache-pulsar": ["pulsar"],
    "elasticsearch": ["elasticsearch"], "opensearch": ["opensearch"], "solr": ["solr"], "kibana": ["kibana"],
    "logstash": ["logstash"], "beats": ["filebeat"], "apache-cassandra": ["cassandra"],
    "apache-couchdb": ["couchdb"], "hbase": ["hbase"], "neo4j": ["neo4j"], "memcached": ["memcached"],
    "cockroachdb": ["cockroachdb"], "clickhouse": ["clickhouse"], "influxdb": ["influxdb"], "sqlite": ["sqlite"],
    "mssqlserver": ["mssql"], "oracle-database": ["oracle-db"], "consul": ["consul"], "etcd": ["etcd"],
    "zookeeper": ["zookeeper"], "prometheus": ["prometheus"], "grafana": ["grafana"], "zabbix": ["zabbix"],
    "redmine": ["redmine"], "jira-software": ["jira"], "gitlab": ["gitlab"], "gerrit": ["gerrit"],
    "jenkins": ["jenkins"], "puppet": ["puppet"], "chef-infra-client": ["chef"], "salt": ["saltstack"],
    "ansible": ["ansible"], "kubernetes": ["kubernetes"], "terraform": ["terraform"], "docker-engine": ["docker"],
    "gradle": ["gradle"], "apache-maven": ["maven"],
}

HEADER = re.compile(r"^# Source: (.*)$", re.M)


def cycles(text):
    """(cycle, eol) pairs from the front matter's releases list, in file order (newest first)."""
    out = []
    current = None
    for line in text.splitlines():
        m = re.match(r"^- releaseCycle: ['\"]?([^'\"]+)['\"]?\s*$", line)
        if m:
            current = [m.group(1), None]
            out.append(current)
            continue
        m = re.match(r"^  eol: (.+?)\s*$", line)
        if m and current is not None:
            current[1] = m.group(1).strip("'\"")
    return out


def catalog_ids(root):
    ids = set()
    for path in glob.glob(os.path.join(root, "catalog", "*.yml")):
        ids.update(re.findall(r"^  ([a-z0-9-]+):\s*$", open(path, encoding="utf-8").read(), re.M))
    return ids


def main(source):
    rules = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "io", "stacklint", "rules")
    known = catalog_ids(rules)
    lines = [
        "# End-of-life facts for version-aware ratings, copied by rules/tools/import-eol.py from endoflife.date",
        "# (https://endoflife.date, MIT-licensed data). Each product names its source and the date of the data.",
        "# eol: a date (the cycle's end of life), true (ended, date unknown) or false (no end announced).",
        "products:",
    ]
    for product in sorted(PRODUCTS):
        path = os.path.join(source, product + ".yml")
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        ids = [i for i in PRODUCTS[product] if i in known]
        if not ids:
            continue
        title = re.search(r"^title: (.+)$", text, re.M).group(1).strip()
        source_line = HEADER.search(text).group(1).strip()
        lines.append("  %s:" % product)
        lines.append("    name: %s" % title)
        lines.append("    technologies: [%s]" % ", ".join(ids))
        lines.append("    source: \"%s\"" % source_line.replace('"', "'"))
        lines.append("    cycles:")
        for cycle, eol in cycles(text):
            if eol is None:
                eol = "false"
            lines.append("      - {cycle: \"%s\", eol: %s}" % (cycle, eol))
    open(os.path.join(rules, "eol.yml"), "w", encoding="utf-8").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data", "eol"))
