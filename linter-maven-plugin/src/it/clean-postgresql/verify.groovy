// A PostgreSQL project passes with one quiet line, and the JSON report is written all the same.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] stacklint: orders: ✔ 0 errors, 0 warnings, 0 notes in 3 technologies detected; nothing rated avoid or worse')
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING] stacklint') }
assert new File(basedir, 'target/stacklint/stacklint.json').isFile()
