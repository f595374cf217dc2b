dependencies {
    implementation("io.ktor:ktor-client-core:2.3.9)
}
