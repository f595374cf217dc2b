data "aws_availability_zones" "available" {
  state = "available"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.5.1"

  name = "${local.name}-vpc"
  cidr = "10.20.0.0/16"

  azs              = slice(data.aws_availability_zones.available.names, 0, 3)
  private_subnets  = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 4, k)]
  database_subnets = ["10.20.21.0/24", "10.20.22.0/24", "10.20.23.0/24"]

  enable_nat_gateway = true
  single_nat_gateway = var.environment != "prod"
}

module "naming" {
  source = "./modules/naming"
  prefix = local.name
}

module "bastion" {
  source = "git::https://github.com/acme/terraform-bastion.git?ref=v1.2.0"
}

resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_db_subnet_group" "main" {
  name       = "${local.name}-db"
  subnet_ids = module.vpc.database_subnets
}

resource "aws_db_instance" "orders" {
  identifier              = "${local.name}-orders"
  engine                  = "mysql"
  engine_version          = "8.0.35"
  instance_class          = "db.t3.medium"
  allocated_storage       = 50
  username                = "orders"
  password                = random_password.db.result
  db_subnet_group_name    = aws_db_subnet_group.main.name
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = true

  tags = {
    Name = "orders"
  }
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "${local.name}-catalog"
  engine             = "aurora-postgresql"
  engine_mode        = "provisioned"
  engine_version     = "15.4"
  database_name      = "catalog"
  master_username    = "catalog"
  master_password    = random_password.db.result

  serverlessv2_scaling_configuration {
    min_capacity = 0.5
    max_capacity = 4
  }
}

resource "aws_rds_cluster" "legacy_reports" {
  cluster_identifier = "${local.name}-reports"
  engine             = "aurora-mysql"
  engine_version     = "5.7.mysql_aurora.2.11.2"
  master_username    = "reports"
  master_password    = random_password.db.result
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "${local.name}-sessions"
  description          = "Session store"
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  parameter_group_name = "default.redis7"
}

resource "aws_elasticache_cluster" "fragments" {
  cluster_id      = "${local.name}-fragments"
  engine          = "memcached"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 2
  port            = 11211
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "${local.name}-events"
  kafka_version          = "3.5.1"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = module.vpc.private_subnets
    security_groups = [aws_security_group.msk.id]
  }
}

resource "aws_lb" "web" {
  name               = "${local.name}-web"
  load_balancer_type = "application"
  subnets            = module.vpc.public_subnets
}

resource "aws_route53_record" "www" {
  zone_id = data.aws_route53_zone.main.zone_id
  name    = "www.${var.domain}"
  type    = "A"

  alias {
    name                   = aws_cloudfront_distribution.site.domain_name
    zone_id                = aws_cloudfront_distribution.site.hosted_zone_id
    evaluate_target_health = false
  }
}

data "aws_route53_zone" "main" {
  name = var.domain
}

resource "aws_cloudfront_distribution" "site" {
  provider = aws.us_east_1
  enabled  = true

  origin {
    domain_name = aws_lb.web.dns_name
    origin_id   = "web"
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "web"
    viewer_protocol_policy = "redirect-to-https"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
