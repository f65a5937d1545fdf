start = int(input())
for n in range(start, 0, -2):
    print(n)
