words = []
while True:
    line = input()
    if not line:
        break
    words.append(line)
wanted = input()

found = False
i = 0
while i < len(words):
    if words[i] == wanted:
        print("at", i)
        found = True
    i += 1
if not found:
    print("not found")
