module github.com/acme/mono/api

go 1.23.1

require github.com/labstack/echo/v4 v4.12.0
