// stack.includeScopes includes test by default: a test-scoped MySQL driver fails the build, reported as test scope.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR]   MySQL  avoid  pom.xml:14  com.mysql:mysql-connector-j:9.1.0  (test scope)')
assert log.contains('[INFO] stacklint: orders: ✖ 1 error, 0 warnings, 0 notes in 4 technologies detected; failing on avoid')
