// A parallel build (-T 3) finishes its modules in any order: whichever ends last fails the build, once, with every
// failing module's findings under its name.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] stacklint: billing (billing): ✔ 0 errors, 0 warnings, 0 notes in 2 technologies detected; nothing rated avoid or worse')
def failures = log.findIndexValues { it.startsWith('[ERROR] Failed to execute goal io.stacklint:stacklint-maven-plugin:') }
assert failures.size() == 1
def failure = failures[0] as int
assert log[failure].endsWith('stacklint: 1 finding rated avoid or worse in 1 module:')
assert log.subList(failure + 1, failure + 5) == [
        '[ERROR] orders (orders)',
        '[ERROR]   MySQL  avoid  orders/pom.xml:12  com.mysql:mysql-connector-j:9.1.0',
        '[ERROR]     MySQL is rated avoid: Avoid MySQL unless absolutely necessary. Use PostgreSQL or MariaDB instead.',
        '[ERROR] To accept one until a date, add a waiver to .stacklint.yml: waivers: [{technology: mysql, reason: "...", until: 2027-03-31}]']
