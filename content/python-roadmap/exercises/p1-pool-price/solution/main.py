age = int(input())
day = input()

if (age < 16 or age >= 65) and day != "Sunday":
    print("Reduced")
else:
    print("Full")
