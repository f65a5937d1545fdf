while True:
    text = input()
    try:
        number = int(text)
    except ValueError:
        print(f"Not a number: {text}")
        continue
    print(f"You typed {number}.")
    break
