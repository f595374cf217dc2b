addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.1")
addSbtPlugin("org.foundweekends.giter8" % "sbt-giter8-scaffold" % "0.16.2")
// addSbtPlugin("org.scoverage" % "sbt-scoverage" % "2.0.9")
