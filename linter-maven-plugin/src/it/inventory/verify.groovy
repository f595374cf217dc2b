// stack:inventory lists every technology with its ring, writes JSON, and never fails the build.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] BUILD SUCCESS')
assert log.any { it ==~ /\[INFO\] MySQL \(mysql\) +avoid +database .*pom\.xml:\d+:5.*/ }
assert log.any { it ==~ /\[INFO\] PostgreSQL \(postgresql\) +.*pom\.xml:\d+:5.*/ }
def json = new File(basedir, 'target/stacklint/stacklint-inventory.json').text
assert json.contains('"mysql"') && json.contains('"postgresql"')
assert !new File(basedir, 'target/stacklint/stacklint-inventory.md').exists()
