/*
 * The old MySQL instance was replaced by Aurora in 2023:
 *
 * resource "aws_db_instance" "old" {
 *   engine         = "mysql"
 *   engine_version = "5.6"
 * }
 */

# provider "oracle" {}
// module "legacy" { source = "acme/legacy/aws" version = "1.0.0" }

variable "engine" {
  description = "Engine of the database, for example \"postgres\" or 'mysql'"
  type        = string
  default     = "postgres"
}

locals {
  engine   = "mysql"
  provider = "aws"
  resource = "aws_db_instance"
}

resource "aws_instance" "app" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.small"

  # engine = "oracle-ee"
  user_data = <<-EOT
    #!/bin/bash
    # resource "aws_db_instance" "inside_heredoc" {
    #   engine = "mysql"
    # }
    cat > /etc/app.env <<EOF
    DB_HOST=${aws_db_instance.main.address}
    EOF
    echo "provider \"aws\" {}"
  EOT

  tags = {
    Name    = "app /* not a comment */ # not either"
    engine  = "mysql"
    Comment = "resource \"aws_db_instance\" \"x\" { }"
  }
}

resource "aws_db_instance" "main" {
  engine         = var.engine
  engine_version = "$${literally}"
  instance_class = "db.t3.micro"
  /* engine = "oracle-se2" */
}

resource "aws_db_instance" "templated" {
  engine         = "${var.engine}"
  engine_version = "${var.engine_version}"
  instance_class = "db.t3.micro"
}

resource "aws_db_instance" "computed" {
  engine         = lower("MySQL")
  engine_version = 8
  instance_class = "db.t3.micro"
}

data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
  }
}

output "engine" {
  value = aws_db_instance.main.engine
}
