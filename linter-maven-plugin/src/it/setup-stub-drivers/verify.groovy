def repo = new File(basedir, '../../local-repo')
assert new File(repo, 'com/mysql/mysql-connector-j/9.1.0/mysql-connector-j-9.1.0.pom').isFile()
assert new File(repo, 'org/postgresql/postgresql/42.7.13/postgresql-42.7.13.pom').isFile()
