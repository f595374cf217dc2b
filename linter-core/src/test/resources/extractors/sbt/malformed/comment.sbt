libraryDependencies += "com.lihaoyi" %% "os-lib" % "0.9.3"
/* TODO: move to Dependencies.scala
   /* and pin */
