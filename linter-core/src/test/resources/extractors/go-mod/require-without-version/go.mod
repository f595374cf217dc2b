module example.com/nover

go 1.21

require (
	github.com/google/uuid v1.6.0
	github.com/sirupsen/logrus
)
