class_list = []
while True:
    line = input()
    if not line:
        break
    class_list.append(line)

# Read the names at the door, until an empty line.

print("Absent:")

print("Not on the list:")
