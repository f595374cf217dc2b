package com.acme

// not a script: Kotlin source of buildSrc, never read as a build file
object Versions {
    const val dependencies = "implementation(\"org.slf4j:slf4j-api:2.0.12\")"
}
