secret = 7
guesses = 0

while True:
    guess = int(input())
    guesses += 1
    if guess == secret:
        print("Got it in", guesses, "guesses!")
        break
    if guess < secret:
        print("Too low")
    else:
        print("Too high")
