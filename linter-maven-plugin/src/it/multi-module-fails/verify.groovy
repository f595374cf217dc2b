// The compose file at the root is the execution root's; each module reports only its own files.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] stacklint: shop: ✔ 0 errors, 0 warnings, 0 notes in 5 technologies detected; nothing rated sunsetting or worse')
assert log.contains('[ERROR] stacklint: orders (orders)')
assert log.contains('[ERROR]     pom.xml:12:5  com.mysql:mysql-connector-j:9.1.0')
assert !log.any { it.contains('docker-compose.yml') }
def root = new File(basedir, 'target/stacklint/stacklint.json').text
def orders = new File(basedir, 'orders/target/stacklint/stacklint.json').text
assert root.contains('docker-compose.yml') && !root.contains('mysql-connector-j')
assert orders.contains('mysql-connector-j') && !orders.contains('docker-compose.yml')
