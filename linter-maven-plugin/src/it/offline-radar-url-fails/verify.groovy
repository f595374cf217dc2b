// Offline (mvn -o), a radar URL that was never fetched is a configuration error naming the URL, not a download.
def log = new File(basedir, 'build.log').readLines()
def failure = log.find { it.startsWith('[ERROR] Failed to execute goal io.stacklint:stacklint-maven-plugin:') }
assert failure != null
assert failure.contains('on project orders: stacklint: ')
assert failure.contains('https://radar.example.org/platform/radar.yml')
assert failure.contains('not in the radar cache')
assert failure.contains('--offline forbids fetching it')
assert !log.any { it.contains('Downloading') && it.contains('radar.example.org') }
