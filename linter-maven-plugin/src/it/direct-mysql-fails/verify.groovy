// A direct MySQL driver fails the build in Maven's style: one [ERROR] block with the technology, its ring, the POM
// line, the reason with the replacement, and how to waive it; one summary line at INFO.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] stacklint: orders: ✖ 1 error, 0 warnings, 0 notes in 3 technologies detected; failing on avoid')
def failure = log.findIndexOf { it.startsWith('[ERROR] Failed to execute goal io.stacklint:stacklint-maven-plugin:') }
assert log[failure].endsWith('(default-cli) on project orders: stacklint: 1 finding rated avoid or worse:')
assert log.subList(failure + 1, failure + 6) == [
        '[ERROR] orders',
        '[ERROR]   MySQL  avoid  pom.xml:9  com.mysql:mysql-connector-j:9.1.0',
        '[ERROR]     MySQL is rated avoid: Avoid MySQL unless absolutely necessary. Use PostgreSQL or MariaDB instead.',
        '[ERROR] To accept one until a date, add a waiver to .stacklint.yml: waivers: [{technology: mysql, reason: "...", until: 2027-03-31}]',
        '[ERROR] -> [Help 1]']
// The block comes once: no [ERROR] line before Maven's failure.
assert log.subList(0, failure).every { !it.startsWith('[ERROR]') }
def json = new File(basedir, 'target/stacklint/stacklint.json').text
assert json.contains('"technology" : "mysql"') || json.contains('"technology": "mysql"')
