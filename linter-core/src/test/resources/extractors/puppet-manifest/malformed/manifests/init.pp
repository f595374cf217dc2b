class app {
  include nginx

  /* disabled until the migration:
  include mysql::server
}
