n = 0
while n < 15:
    n += 1
    if n % 3 == 0:
        continue
    print(n)
