// The failure comes once, at the end of the reactor: the bad module says so as it goes, the modules after it still
// run, and the last one fails the build with every module's findings, each under its module's name. The compose file
// at the root is the execution root's; each module reports only its own files. A module's parent POM outside its
// folder is no [ERROR] (it is a debug note).
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] stacklint: shop: ✔ 0 errors, 0 warnings, 0 notes in 5 technologies detected; nothing rated sunsetting or worse')
assert log.contains('[INFO] stacklint: orders (orders): ✖ 1 error, 0 warnings, 0 notes in 2 technologies detected; failing on sunsetting')
assert log.contains('[ERROR] stacklint: orders (orders): MySQL  avoid  orders/pom.xml:12  com.mysql:mysql-connector-j:9.1.0 (the build fails at the end of the reactor)')
def orders = log.indexOf('[INFO] stacklint: orders (orders): ✖ 1 error, 0 warnings, 0 notes in 2 technologies detected; failing on sunsetting')
def billing = log.indexOf('[INFO] stacklint: billing (billing): ✔ 0 errors, 0 warnings, 0 notes in 2 technologies detected; nothing rated sunsetting or worse')
assert billing > orders
def failure = log.findIndexOf { it.startsWith('[ERROR] Failed to execute goal io.stacklint:stacklint-maven-plugin:') }
assert failure > billing
assert log[failure].endsWith('(default-cli) on project billing: stacklint: 1 finding rated sunsetting or worse in 1 module:')
assert log.subList(failure + 1, failure + 6) == [
        '[ERROR] orders (orders)',
        '[ERROR]   MySQL  avoid  orders/pom.xml:12  com.mysql:mysql-connector-j:9.1.0',
        '[ERROR]     MySQL is rated avoid: Avoid MySQL unless absolutely necessary. Use PostgreSQL or MariaDB instead.',
        '[ERROR] To accept one until a date, add a waiver to .stacklint.yml: waivers: [{technology: mysql, reason: "...", until: 2027-03-31}]',
        '[ERROR] -> [Help 1]']
assert !log.any { it.contains('is not in the repository') }
assert !log.any { it.contains('docker-compose.yml') }
def root = new File(basedir, 'target/stacklint/stacklint.json').text
def ordersJson = new File(basedir, 'orders/target/stacklint/stacklint.json').text
assert root.contains('docker-compose.yml') && !root.contains('mysql-connector-j')
assert ordersJson.contains('mysql-connector-j') && !ordersJson.contains('docker-compose.yml')
