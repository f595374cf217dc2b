name := """orders-web"""
organization := "com.example"

version := "1.0-SNAPSHOT"

lazy val root = (project in file(".")).enablePlugins(PlayScala)

scalaVersion := "2.13.12"

libraryDependencies += guice
libraryDependencies += "org.scalatestplus.play" %% "scalatestplus-play" % "7.0.0" % Test
libraryDependencies ++= Seq(
  jdbc,
  "org.playframework" %% "play-slick" % "6.0.0",
  "com.mysql" % "mysql-connector-j" % "8.3.0",
  "org.postgresql" % "postgresql" % "42.7.2" % "provided",  // only on the app server
  "com.h2database" % "h2" % "2.2.224" % "test"
)

// Adds additional packages into Twirl
//TwirlKeys.templateImports += "com.example.controllers._"
