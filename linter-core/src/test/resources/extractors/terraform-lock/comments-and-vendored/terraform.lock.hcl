provider "registry.terraform.io/hashicorp/oracle" {
  version = "9.9.9"
}
