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
    # Book the seat, or say that it is taken.

# Print the hall, one row per line.
