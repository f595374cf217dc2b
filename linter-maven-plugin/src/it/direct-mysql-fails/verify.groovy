// A direct MySQL driver fails the build in Maven's style: the technology, the POM line, the reason.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR] stacklint: orders')
assert log.contains('[ERROR]   MySQL  avoid  database')
assert log.contains('[ERROR]     pom.xml:9:5  com.mysql:mysql-connector-j:9.1.0')
assert log.contains('[ERROR]     MySQL is rated avoid: Avoid MySQL unless absolutely necessary. Use PostgreSQL or MariaDB instead.')
assert log.any { it.startsWith('[ERROR] Failed to execute goal io.stacklint:stacklint-maven-plugin:') &&
        it.endsWith('stacklint: 1 finding(s) rated avoid or worse in orders; waive one in .stacklint.yml or set stack.failOn -> [Help 1]') }
assert new File(basedir, 'target/stacklint/stacklint.json').text.contains('"technology" : "mysql"') ||
        new File(basedir, 'target/stacklint/stacklint.json').text.contains('"technology": "mysql"')
