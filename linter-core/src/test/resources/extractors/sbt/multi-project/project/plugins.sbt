addSbtPlugin("org.scala-js"       % "sbt-scalajs"              % "1.15.0")
addSbtPlugin("org.portable-scala" % "sbt-scalajs-crossproject" % "1.3.2")
addSbtPlugin("org.scalameta"      % "sbt-scalafmt"             % "2.5.2")

libraryDependencies += "org.postgresql" % "postgresql" % "42.7.1"
