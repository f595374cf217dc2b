source "docker" "app" {
  image = "ubuntu:22.04"

build {
  sources = ["source.docker.app"]
}
