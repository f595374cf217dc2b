plugins {
    `java-library`
}

java {
    sourceCompatibility = JavaVersion.VERSION_17
    toolchain {
        languageVersion.set(JavaLanguageVersion.of("17"))
    }
}

dependencies {
    api("com.fasterxml.jackson.module:jackson-module-kotlin:${property("jacksonVersion")}")
    compileOnly("jakarta.servlet:jakarta.servlet-api:6.0.0")
    testFixturesImplementation("org.assertj:assertj-core:3.25.3")
}
