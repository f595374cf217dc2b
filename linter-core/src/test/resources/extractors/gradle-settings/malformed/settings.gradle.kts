pluginManagement {
    plugins {
        id("org.jetbrains.kotlin.jvm") version "1.9.22"
    }

include(":app")
