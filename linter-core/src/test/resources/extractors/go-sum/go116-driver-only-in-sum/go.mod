module github.com/acme/ledger

go 1.16

require (
	github.com/acme/orders v1.4.0
	github.com/sirupsen/logrus v1.8.1
)
