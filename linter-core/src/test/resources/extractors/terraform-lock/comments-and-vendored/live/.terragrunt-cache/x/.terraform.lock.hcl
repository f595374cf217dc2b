provider "registry.terraform.io/hashicorp/aws" {
  version = "3.0.0"
}
