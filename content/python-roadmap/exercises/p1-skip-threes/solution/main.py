last = int(input())
n = 0
while n < last:
    n += 1
    if n % 3 == 0:
        continue
    print(n)
