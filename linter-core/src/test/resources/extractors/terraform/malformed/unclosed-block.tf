terraform {
  required_version = ">= 1.3"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead.arn
    maxReceiveCount     = 4
  })
