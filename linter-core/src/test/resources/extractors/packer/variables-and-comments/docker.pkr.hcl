variable "base_image" {
  type    = string
  default = "node:18-alpine"
}

# source "docker" "old" {
#   image = "node:12"
# }

/*
source "virtualbox-iso" "dev" {}
*/

source "docker" "node" {
  image  = var.base_image
  commit = true
  changes = [
    "ENTRYPOINT [\"node\"]",
  ]
}

locals {
  note = "source \"docker\" \"x\" { image = \"mysql:5.7\" }"
}

build {
  source "source.docker.node" {
    name = "node-app"
  }
  post-processor "docker-tag" {
    repository = "acme/node-app"
  }
}
