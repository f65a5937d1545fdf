name = input()
password = input()

# First: is the name "ada"? Only inside that if, ask about the password.
