provider "registry.terraform.io/hashicorp/mysql" {
  version = "1.9.0"
}
