start = int(input())
n = start
while n > 0:
    print(n)
    n -= 2
