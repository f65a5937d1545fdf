class_list = []
while True:
    line = input()
    if not line:
        break
    class_list.append(line)

on_list = set(class_list)
came: set[str] = set()
strangers: list[str] = []
while True:
    line = input()
    if not line:
        break
    came.add(line)
    if line not in on_list and line not in strangers:
        strangers.append(line)

print("Absent:")
for name in class_list:
    if name not in came:
        print(name)

print("Not on the list:")
for name in strangers:
    print(name)
