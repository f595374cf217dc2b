// MySQL reached through a starter: reported at the starter's line, with the path Maven resolved.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR]   MySQL  avoid  pom.xml:9  com.example.it:toy-starter:1.0 -> com.mysql:mysql-connector-j:9.1.0')
def json = new File(basedir, 'target/stacklint/stacklint.json').text
assert json.contains('"transitive"')
