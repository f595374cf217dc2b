# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/google" {
  version     = "5.12.0"
  constraints = ">= 5.0.0"
  hashes = [
    "h1:TpkyeUf+ZUBqYVxVb2ZDN4uFHyLOCQTBjvy7gYtkVtQ=",
    "zh:1d5d3ab4ed5e2ea9f1bd8c0ab4fb6cd9d1fa8e6e26f0e4b1df13a08a2c6bd6a4,
  ]
}
