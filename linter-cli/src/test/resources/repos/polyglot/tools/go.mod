module github.com/acme/platform/tools

go 1.23

require (
	github.com/redis/go-redis/v9 v9.7.0
	github.com/spf13/cobra v1.8.1
)

require github.com/cespare/xxhash/v2 v2.3.0 // indirect
