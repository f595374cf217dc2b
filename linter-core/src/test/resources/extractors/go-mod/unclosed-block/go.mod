module example.com/broken

go 1.20

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/go-redis/redis/v8 v8.11.5

replace github.com/gin-gonic/gin => github.com/gin-gonic/gin v1.9.0
