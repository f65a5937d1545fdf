numbers = []
while True:
    line = input()
    if not line:
        break
    numbers.append(int(line))

largest = numbers[0]
for number in numbers:
    if number > largest:
        largest = number
print("Largest:", largest)
