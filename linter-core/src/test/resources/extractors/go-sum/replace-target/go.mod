module git.example.net/platform/reporter

go 1.22.2

require (
	github.com/acme/dbtools v0.9.0
	github.com/go-sql-driver/mysql v1.7.1 // indirect
)

replace github.com/acme/dbtools => github.com/platform-forks/dbtools v0.9.1-patched.1

replace github.com/acme/internal => ../internal
