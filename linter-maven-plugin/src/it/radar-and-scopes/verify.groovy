// radar = embedded,team-radar.yml: the later radar wins for PostgreSQL (sunsetting: one [WARNING] line, the build
// passes); includeScopes = compile,runtime leaves the test-scoped MySQL driver out of the check and its report.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[WARNING] stacklint: PostgreSQL  sunsetting  pom.xml:9  org.postgresql:postgresql:42.7.13: PostgreSQL is rated sunsetting: we are moving the order data to the shared platform database. Use MariaDB instead.')
assert log.contains('[INFO] stacklint: orders: ✔ 0 errors, 1 warning, 0 notes in 3 technologies detected; nothing rated avoid or worse')
assert log.contains('[INFO] BUILD SUCCESS')
assert !log.any { it.contains('MySQL') }
assert !new File(basedir, 'target/stacklint/stacklint.json').text.contains('mysql')
