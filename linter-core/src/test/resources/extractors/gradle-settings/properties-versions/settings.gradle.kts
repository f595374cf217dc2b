rootProject.name = "billing"

pluginManagement {
    val kotlinVersion: String by settings
    val springBootVersion: String by settings
    val detektVersion = "1.23.5"

    plugins {
        kotlin("jvm") version kotlinVersion
        kotlin("plugin.spring") version kotlinVersion
        id("org.springframework.boot") version springBootVersion
        id("io.gitlab.arturbosch.detekt") version detektVersion
        id("com.github.node-gradle.node") version nodePluginVersion
    }
}

include("billing-core", "billing-app")
