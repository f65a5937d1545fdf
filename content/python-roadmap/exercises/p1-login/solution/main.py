name = input()
password = input()

if name == "ada":
    if password == "lovelace":
        print("Welcome, Ada!")
    else:
        print("Wrong password.")
else:
    print("Unknown user.")
