resource "google_project_service" "sqladmin" {
  project = var.project_id
  service = "sqladmin.googleapis.com"
}

resource "google_sql_database_instance" "main" {
  name                = "billing-${var.env}"
  database_version    = "POSTGRES_15"
  region              = var.region
  deletion_protection = var.env == "prod"

  settings {
    tier              = "db-custom-2-7680"
    availability_type = var.env == "prod" ? "REGIONAL" : "ZONAL"

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }

    database_flags {
      name  = "max_connections"
      value = "200"
    }
  }
}

resource "google_sql_database_instance" "legacy" {
  name             = "crm-legacy"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-1"
  }
}

resource "google_sql_database_instance" "reporting" {
  name             = "reporting"
  database_version = "SQLSERVER_2019_STANDARD"
  root_password    = var.sqlserver_root_password

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database" "billing" {
  name     = "billing"
  instance = google_sql_database_instance.main.name
}

resource "google_redis_instance" "cache" {
  name           = "billing-cache"
  tier           = "STANDARD_HA"
  memory_size_gb = 1
  redis_version  = "REDIS_7_0"
}

module "gke" {
  source  = "terraform-google-modules/kubernetes-engine/google//modules/private-cluster"
  version = "~> 30.0"

  project_id = var.project_id
  name       = "billing"
}

data "google_client_config" "default" {}
