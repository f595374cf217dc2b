locals {
  name = "shop-${var.env}"
  subnets = {
    for idx, az in var.azs : az => {
      cidr   = cidrsubnet(var.cidr, 8, idx)
      public = idx < 2
    }
  }
  tags = merge(var.tags, {
    "Service": "shop",
    Owner = "platform" # team alias
  })
  ports   = [for p in var.ports : tonumber(p) if p != ""]
  flat    = flatten([for k, v in var.groups : [for m in v : "${k}/${m}"]])
  grouped = { for u in var.users : u.team => u.name... }
  first   = try(var.list[0].id, null)
  ids     = aws_instance.web[*].id
  legacy  = aws_instance.web.*.private_ip
  ratio   = (var.a + var.b) * -1.5e3 / 2 % 7
  enabled = !var.disabled && (var.count >= 1 || var.force)
  script  = <<EOT
Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!
%{ for ip in var.ips ~}
server ${ip}
%{ endfor ~}
EOT
}

resource "aws_security_group" "web" {
  name   = local.name
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = local.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }

  lifecycle { create_before_destroy = true }
}

resource "aws_db_instance" "replica" {
  count = var.replicas > 0 ? var.replicas : 0

  replicate_source_db = aws_db_instance.primary.identifier
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class = (
    var.env == "prod"
    ? "db.r6g.large"
    : "db.t4g.small"
  )
  parameter_group_name = format(
    "%s-%s",
    local.name,
    "replica",
  )
}

resource "aws_mq_broker" "jobs" {
  broker_name        = "jobs"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"

  user {
    username = "jobs"
    password = var.mq_password
  }
}

resource "null_resource" "noop" {}
data "aws_region" "current" {}
