name := "legacy-service"

version := "0.1"

scalaVersion in ThisBuild := "2.11.12"

val akkaV = "2.4.20"

libraryDependencies ++= {
  val sprayV = "1.3.4"
  Seq(
    "io.spray"          %% "spray-can"     % sprayV,
    "io.spray"          %% "spray-routing" % sprayV,
    "com.typesafe.akka" %% "akka-actor"    % akkaV,
    "com.typesafe.akka" %% "akka-testkit"  % akkaV   % "test",
    "org.specs2"        %% "specs2-core"   % "2.3.11" % "test"
  )
}

libraryDependencies <+= scalaVersion("org.scala-lang" % "scala-compiler" % _)

resolvers += "Typesafe Repository" at "http://repo.typesafe.com/typesafe/releases/"
