number = int(input())
if number == 0:
    print("no numbers")
else:
    largest = number
    while True:
        number = int(input())
        if number == 0:
            break
        if number > largest:
            largest = number
    print(largest)
