# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.
#
# provider "registry.terraform.io/hashicorp/oracle" {
#   version = "1.0.0"
# }

/*
provider "registry.terraform.io/hashicorp/vsphere" {
  version = "2.6.1"
}
*/

provider "registry.terraform.io/hashicorp/kubernetes" {
  version     = "2.25.2"
  constraints = "~> 2.25"
  hashes = [
    "h1:QlTKoO0Mp6Bz3vMP6lXDlSyJQ1B4Nz8zu7Z4hHxfTgU=",
  ]
}

provider "registry.terraform.io/hashicorp/helm" {
  constraints = "~> 2.12"
}
