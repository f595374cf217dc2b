module example.com/inventory/api

go 1.21

toolchain go1.21.6

require (
	github.com/jackc/pgx/v5 v5.5.4
	github.com/stretchr/testify v1.9.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

// github.com/go-sql-driver/mysql v1.8.1 was dropped when the service moved to Postgres
