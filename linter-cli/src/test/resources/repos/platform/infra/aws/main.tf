terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_db_instance" "reporting" {
  identifier     = "reporting"
  engine         = "mysql"
  engine_version = "5.7"
  instance_class = "db.t3.medium"
}

resource "aws_route53_zone" "main" {
  name = "acme.example"
}
