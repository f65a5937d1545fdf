queue = []
while True:
    line = input()
    if not line:
        break
    queue.append(line)
name = input()
place = int(input())

queue.insert(place - 1, name)

for person in queue:
    print(person)
