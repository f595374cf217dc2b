provider "google" {
  project = "acme-platform"
}

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-2-7680"
  }
}
