# Print the message below, run the program, then commit it.
