// The same direct MySQL scenario under Maven 3.9.16 (./mvnw): the goal runs (3.9 names the plugin by its prefix),
// fails, and prints the same [ERROR] block as on Maven 3.8.7.
def log = new File(basedir, 'build.log').readLines()
assert log.any { it.startsWith('Apache Maven 3.9.16 ') }
assert log.any { it ==~ /\[INFO\] --- stack:[^:]+:check \(default-cli\) @ orders ---/ }
assert log.contains('[INFO] stacklint: orders: ✖ 1 error, 0 warnings, 0 notes in 3 technologies detected; failing on avoid')
def failure = log.findIndexOf { it.startsWith('[ERROR] Failed to execute goal io.stacklint:stacklint-maven-plugin:') }
assert log[failure].endsWith('(default-cli) on project orders: stacklint: 1 finding rated avoid or worse:')
assert log.subList(failure + 1, failure + 5) == [
        '[ERROR] orders',
        '[ERROR]   MySQL  avoid  pom.xml:9  com.mysql:mysql-connector-j:9.1.0',
        '[ERROR]     MySQL is rated avoid: Avoid MySQL unless absolutely necessary. Use PostgreSQL or MariaDB instead.',
        '[ERROR] To accept one until a date, add a waiver to .stacklint.yml: waivers: [{technology: mysql, reason: "...", until: 2027-03-31}]']
