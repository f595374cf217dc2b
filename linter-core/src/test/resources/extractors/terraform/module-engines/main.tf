locals {
  engine = "postgres"
}

module "orders_db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 6.10"

  identifier     = "orders"
  engine         = "postgres"
  engine_version = "16.3"
  instance_class = "db.t4g.medium"
}

module "orders_db_replica" {
  source = "terraform-aws-modules/rds/aws"

  identifier = "orders-replica"
  # a reference: the engine is not written here
  engine = local.engine
}

module "reporting" {
  source = "./modules/cloudsql"

  name             = "reporting"
  database_version = "MYSQL_8_0"
}

module "sessions" {
  source = "../shared/cache"

  engine_type = "Redis"
}

module "network" {
  source = "./modules/network"

  cidr = "10.20.0.0/16"
}
