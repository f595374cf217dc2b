plugins {
    id("org.springframework.boot")
    kotlin("jvm")
    application
}

val ktorVersion: String by project
val exposedVersion = rootProject.extra["exposedVersion"] as String
val coroutines = "1.8.0"

kotlin {
    jvmToolchain(17)
}

dependencies {
    implementation(project(":lib"))
    implementation(kotlin("reflect"))
    implementation(kotlin("stdlib-jdk8", "1.9.22"))
    implementation("io.ktor:ktor-server-netty:$ktorVersion")
    implementation("org.jetbrains.kotlinx:kotlinx-coroutines-core:${coroutines}")
    implementation(platform("com.fasterxml.jackson:jackson-bom:${property("jacksonVersion")}"))
    implementation(group = "org.jetbrains.exposed", name = "exposed-core", version = exposedVersion)
    runtimeOnly("org.postgresql:postgresql:42.7.2") { because("production database") }
    add("kapt", "com.google.dagger:dagger-compiler:2.51")
    testImplementation("io.kotest:kotest-runner-junit5:5.8.1")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
}
