last = int(input())
n = 1
while n <= last:
    print(n * n)
    n += 1
