dependencies {
    implementation(libs.guava)
    implementation("org.slf4j:slf4j-api:2.0.12")
}
