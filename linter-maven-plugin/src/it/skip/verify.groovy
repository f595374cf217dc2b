// -Dstack.skip: one info line, no scan, no report, although the project uses MySQL.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] stacklint: skipped (stack.skip)')
assert log.contains('[INFO] BUILD SUCCESS')
assert !new File(basedir, 'target/stacklint').exists()
