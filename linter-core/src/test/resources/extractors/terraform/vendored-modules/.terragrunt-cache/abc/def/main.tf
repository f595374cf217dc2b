resource "aws_db_instance" "copy" {
  engine = "mysql"
}
