print("I use git now.")
