# 阿里云 / 腾讯云 资源
terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "~> 1.214"
    }
    tencentcloud = {
      source = "tencentcloudstack/tencentcloud"
    }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}

provider "tencentcloud" {
  region = "ap-guangzhou"
}

# RDS MySQL 实例
resource "alicloud_db_instance" "orders" {
  engine               = "MySQL"
  engine_version       = "8.0"
  instance_type        = "rds.mysql.s2.large"
  instance_storage     = "30"
  instance_charge_type = "Postpaid"
  vswitch_id           = alicloud_vswitch.db.id
}

resource "alicloud_db_instance" "auth" {
  engine           = "PostgreSQL"
  engine_version   = "14.0"
  instance_type    = var.rds_instance_type
  instance_storage = 20
  instance_name    = "${local.name_prefix}-auth-db"
}

resource "alicloud_kvstore_instance" "cache" {
  db_instance_name = "cache"
  instance_type    = "Redis"
  engine_version   = "5.0"
}

resource "tencentcloud_mysql_instance" "main" {
  internet_service  = 1
  engine_version    = "5.7"
  charge_type       = "POSTPAID"
  root_password     = var.root_password
  availability_zone = data.tencentcloud_availability_zones_by_product.zones.zones.0.name
  instance_name     = "tf-mysql"
  mem_size          = 4000
  volume_size       = 200
  intranet_port     = 3306
}

data "tencentcloud_availability_zones_by_product" "zones" {
  product = "cdb"
}
