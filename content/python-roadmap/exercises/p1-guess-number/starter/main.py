secret = 7
guesses = 0

# while True:
#     read a guess, count it
#     right?  -> print the message and break
#     otherwise say Too low or Too high
