// A typo in .stacklint.yml is a configuration error (file:line:column), not a finding.
def log = new File(basedir, 'build.log').readLines()
def config = new File(basedir, '.stacklint.yml').canonicalPath
assert log.any { it.startsWith('[ERROR] Failed to execute goal io.stacklint:stacklint-maven-plugin:') &&
        it.endsWith("on project orders: stacklint: ${config}:2:9: unknown ring 'sunseting' for warnOn; rings are experimental, recommended, good, sunsetting, avoid -> [Help 1]") }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
