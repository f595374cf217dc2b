engine = "oracle-ee"
