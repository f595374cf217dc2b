ThisBuild / scalaVersion := "3.3.1"
ThisBuild / organization := "io.acme"
ThisBuild / versionScheme := Some("early-semver")

val zioVersion = "2.0.21"
lazy val doobieVersion = "1.0.0-RC4"

lazy val root = project
  .in(file("."))
  .aggregate(core.jvm, core.js, server)
  .settings(publish / skip := true)

lazy val core = crossProject(JSPlatform, JVMPlatform)
  .in(file("modules/core"))
  .settings(
    libraryDependencies ++= Seq(
      "dev.zio" %%% "zio"      % zioVersion,
      "dev.zio" %%% "zio-json" % "0.6.2",
      "dev.zio" %%% "zio-test" % zioVersion % Test
    )
  )

lazy val server = project
  .in(file("modules/server"))
  .dependsOn(core.jvm)
  .settings(
    libraryDependencies ++= Seq(
      "org.tpolecat" %% "doobie-core"     % doobieVersion,
      "org.tpolecat" %% "doobie-postgres" % doobieVersion,
      "com.dimafeng" %% "testcontainers-scala-postgresql" % "0.41.2" % IntegrationTest,
      "org.tpolecat" %% "doobie-scalatest" % doobieVersion % "it,test"
    ),
    dependencyOverrides += "org.postgresql" % "postgresql" % "42.7.1",
    excludeDependencies += "commons-logging" % "commons-logging",
    addCompilerPlugin("org.typelevel" % "kind-projector" % "0.13.2" cross CrossVersion.full)
  )

mimaPreviousArtifacts := Set("io.acme" %% "acme-core" % "0.9.0")
