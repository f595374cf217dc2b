package com.acme

plugins {
    java
    checkstyle
    id("com.diffplug.spotless")
}

java {
    toolchain { languageVersion = JavaLanguageVersion.of(17) }
}

dependencies {
    "checkstyle"("com.puppycrawl.tools:checkstyle:10.14.2")
    testImplementation("org.junit.jupiter:junit-jupiter:5.10.2")
}
