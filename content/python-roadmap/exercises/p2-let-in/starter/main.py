queue = []
while True:
    line = input()
    if not line:
        break
    queue.append(line)
name = input()
place = int(input())

# Put name into the queue at that place (place 1 is index 0).

for person in queue:
    print(person)
