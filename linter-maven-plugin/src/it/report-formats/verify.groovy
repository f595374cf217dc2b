// stack.formats writes each of the CLI's formats to target/stacklint/, one file each, whether or not the build fails.
def folder = new File(basedir, 'target/stacklint')
assert new File(folder, 'stacklint.json').text.contains('"schemaVersion"')
assert new File(folder, 'stacklint.sarif').text.contains('"version" : "2.1.0"') ||
        new File(folder, 'stacklint.sarif').text.contains('"version": "2.1.0"')
assert new File(folder, 'stacklint-junit.xml').text.contains('<testsuite')
assert new File(folder, 'stacklint-checkstyle.xml').text.contains('<checkstyle')
assert new File(folder, 'stacklint.md').isFile()
assert folder.list().findAll { it.endsWith('.tmp') }.isEmpty()
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR]   MySQL  avoid  pom.xml:9  com.mysql:mysql-connector-j:9.1.0')
assert log.contains('[INFO] stacklint: orders: ✖ 3 errors, 0 warnings, 0 notes in 3 technologies detected; failing on good')
