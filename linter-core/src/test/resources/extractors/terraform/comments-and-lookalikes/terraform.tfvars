engine = "mysql"
provider = "oracle"
