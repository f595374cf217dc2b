plugins {
    java
    application
}

dependencyLocking {
    lockAllConfigurations()
}

dependencies {
    implementation("com.acme:orders-client:2.1.0")
    implementation("org.slf4j:slf4j-api:2.0.13")
    testImplementation("org.junit.jupiter:junit-jupiter:5.10.2")
}
