# Terraform 0.12 era configuration, before required_providers took objects.
terraform {
  required_version = ">= 0.12"

  required_providers {
    heroku = "~> 2.0"
  }
}

variable "do_token" {}

variable "region" {
  default = "fra1"
}

provider "digitalocean" {
  token   = "${var.do_token}"
  version = "~> 1.4"
}

provider "heroku" {
  version = "~> 2.2"
}

resource "digitalocean_droplet" "web" {
  count  = 2
  image  = "ubuntu-18-04-x64"
  name   = "web-${count.index}"
  region = "${var.region}"
  size   = "s-1vcpu-1gb"
  tags   = ["${digitalocean_tag.web.id}"]
}

resource "digitalocean_database_cluster" "pg" {
  name       = "app-pg"
  engine     = "pg"
  version    = "11"
  size       = "db-s-1vcpu-1gb"
  region     = "${var.region}"
  node_count = 1
}

resource "digitalocean_database_cluster" "cache" {
  name       = "app-redis"
  engine     = "${var.cache_engine}"
  size       = "db-s-1vcpu-1gb"
  region     = var.region
  node_count = 1
}

resource "heroku_app" "api" {
  name   = "acme-api"
  region = "eu"

  buildpacks = [
    "heroku/nodejs",
  ]
}

resource "heroku_addon" "database" {
  app  = "${heroku_app.api.name}"
  plan = "heroku-postgresql:hobby-dev"
}

module "consul" {
  source = "github.com/hashicorp/example"
}

module "network" {
  source = "hashicorp/consul/aws//modules/consul-cluster"
}

module "storage" {
  source = "https://example.com/terraform-modules/storage.zip"
}

module "buckets" {
  source = "s3::https://s3-eu-west-1.amazonaws.com/acme-modules/buckets.zip"
}

module "private" {
  source  = "app.terraform.io/acme/network/aws"
  version = "2.1.0"
}

output "droplet_ips" {
  value = "${digitalocean_droplet.web.*.ipv4_address}"
}
