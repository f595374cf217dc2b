scalaVersion := "2.13.12"

libraryDependencies ++= Seq(
  "org.typelevel" %% "cats-effect" % "3.5.3",
  "co.fs2" %% "fs2-core" % "3.9.4
)
