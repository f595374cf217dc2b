module github.com/acme-payments/ledger-api

go 1.22.0

toolchain go1.22.4

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/go-sql-driver/mysql v1.8.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/redis/go-redis/v9 v9.5.3
	go.uber.org/zap v1.27.0
	google.golang.org/grpc v1.64.0
)

require (
	filippo.io/edwards25519 v1.1.0 // indirect
	github.com/cespare/xxhash/v2 v2.3.0 // indirect
	github.com/dgryski/go-rendezvous v0.0.0-20200823014737-9f7001d12a5f // indirect
	github.com/jackc/pgpassfile v1.0.0 // indirect
	go.uber.org/multierr v1.11.0 // indirect
	golang.org/x/net v0.26.0 // indirect
	google.golang.org/protobuf v1.34.2 // indirect
)

exclude github.com/go-sql-driver/mysql v1.7.0

retract (
	v1.4.0 // published with a broken migration
	[v1.0.0, v1.0.3]
)
