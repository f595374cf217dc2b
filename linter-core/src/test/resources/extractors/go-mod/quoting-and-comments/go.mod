// Module ledger-cli. We used to require github.com/go-sql-driver/mysql v1.5.0
// but moved to postgres; see docs/adr/0007.md.
module "example.com/ledger-cli"

go 1.21

require (
	"github.com/spf13/cobra" v1.8.0
	`github.com/lib/pq` "v1.10.9"
	// github.com/go-sql-driver/mysql v1.7.1
	github.com/mattn/go-sqlite3 v1.14.22 // indirect; needed by the migration tool
	github.com/stretchr/testify v1.9.0 // not indirect: tests import it directly
	gopkg.in/yaml.v3 v3.0.1 //indirect
)

// require github.com/gomodule/redigo v1.8.9
// replace github.com/lib/pq => github.com/jackc/pgx/v5 v5.5.0

godebug default=go1.21

tool github.com/spf13/cobra/cobra
