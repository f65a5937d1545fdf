seats = [
    ["-", "-", "-", "-"],
    ["-", "-", "-", "-"],
    ["-", "-", "-", "-"],
]

while True:
    line = input()
    if not line:
        break
    row = int(line)
    seat = int(input())
    if seats[row - 1][seat - 1] == "X":
        print("Row", row, "seat", seat, "is taken.")
    else:
        seats[row - 1][seat - 1] = "X"

for hall_row in seats:
    text = ""
    for place in hall_row:
        text += place
    print(text)
