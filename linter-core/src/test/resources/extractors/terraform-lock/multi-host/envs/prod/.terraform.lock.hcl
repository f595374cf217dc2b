# This file is maintained automatically by "tofu init".
# Manual edits may be lost in future updates.

provider "registry.opentofu.org/cloudflare/cloudflare" {
  version     = "4.23.0"
  constraints = "~> 4.20"
  hashes = [
    "h1:9p5wV4Z7pJpPMgEXnEp3gV0mqP7nb3G9iO+4mGaqjH0=",
  ]
}

provider "registry.terraform.io/datadog/datadog" {
  version     = "3.36.1"
  constraints = "3.36.1"
  hashes = [
    "h1:Zbd4JS7sEnb3SmfwQp6mRNH9Ut8MSTHzc5pQm5Qd7aE=",
  ]
}

provider "registry.terraform.io/aliyun/alicloud" {
  version     = "1.214.1"
  constraints = "~> 1.214"
  hashes = [
    "h1:n3mGO6xT1pIMHAKDBLmOqOSIMMOVzhZ4Yq0+PIgWdRw=",
  ]
}

provider "terraform.example.com/acme/widgets" {
  version = "0.3.0"
  hashes = [
    "h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
  ]
}
