module gitlab.example.org/infra/billing-worker

require github.com/lib/pq v1.0.0
require github.com/Shopify/sarama v1.19.0
require github.com/eapache/go-resiliency v1.1.0 // indirect
require github.com/docker/docker v17.12.0-ce-rc1.0.20180611170301-1d4a5a6bb0f1+incompatible

replace github.com/lib/pq v1.0.0 => github.com/acme-forks/pq v1.0.1-acme.2

replace (
	gitlab.example.org/infra/shared => ../shared
	gitlab.example.org/infra/metrics v0.3.0 => ./third_party/metrics
	golang.org/x/sys => github.com/golang/sys v0.0.0-20190215142949-d0b11bdaac8a
)

go 1.12
