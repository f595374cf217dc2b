/*
 * Database notes:
 *   libraryDependencies += "mysql" % "mysql-connector-java" % "5.1.49"
 *   /* nested: "org.mongodb" % "mongodb-driver-sync" % "4.9.0" */
 *   still inside: "redis.clients" % "jedis" % "5.1.0"
 */
name := "lookalikes"

// libraryDependencies += "org.hsqldb" % "hsqldb" % "2.7.2"

val readme = """
  Add to your build:
    libraryDependencies += "com.oracle.database.jdbc" % "ojdbc8" % "23.3.0.23.09"
"""
val org = "com.datastax.oss"
val banner = s"$org % java-driver-core % 4.17.0"
val quote = '"'

libraryDependencies ++= Seq(
  "org.xerial" % "sqlite-jdbc" % "3.45.1.0", // "org.apache.derby" % "derby" % "10.16.1.1"
  "com.zaxxer" % "HikariCP" % "5.1.0" /* "com.mchange" % "c3p0" % "0.9.5.5" */
)

scalacOptions ++= Seq("-feature", "-deprecation", "-Xlint:mysql")
