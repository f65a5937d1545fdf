n = 0
while n < 15:
    n += 1
    # if n can be divided by 3, skip the print below with continue
    print(n)
