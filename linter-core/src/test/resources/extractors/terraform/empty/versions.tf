

# nothing here yet

