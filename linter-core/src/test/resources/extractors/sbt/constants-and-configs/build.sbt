import sbt._

object V {
  val akka     = "2.6.20"
  val akkaHttp = "10.2.10"
  val circe    = "0.14.6"
}

val sparkVersion: String = "3.5.0"
val scala212 = "2.12.18"
val unused = "org.mongodb.scala" %% "mongo-scala-driver" % "4.11.1"

scalaVersion := scala212
crossScalaVersions := Seq(scala212, "2.13.12")

libraryDependencies ++= Seq(
  "com.typesafe.akka" %% "akka-actor-typed" % V.akka,
  "com.typesafe.akka" %% "akka-http"        % V.akkaHttp,
  "io.circe"          %% "circe-generic"    % V.circe,
  "org.apache.spark"  %% "spark-sql"        % sparkVersion % Provided,
  "org.apache.spark"  %% "spark-core"       % sparkVersion % "provided->default",
  "org.scala-lang"     % "scala-reflect"    % scalaVersion.value,
  "org.typelevel"     %% "cats-core"        % "2.10.0" % "compile->compile;test->test",
  "com.github.pathikrit" %% "better-files"  % "3.9.2" % Optional,
  "org.scalameta"     %% "munit"            % "0.7.29" % sbt.Test,
  "org.typelevel" % ("kind-projector_" + scalaVersion.value) % "0.13.2",
  organization.value %% "sibling" % version.value
)

libraryDependencies += "com.typesafe.akka" %% "akka-testkit" % V.akka % Test withSources()
