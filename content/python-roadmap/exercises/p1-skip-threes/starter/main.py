last = int(input())
n = 0
while n < last:
    n += 1
    # if n can be divided by 3, skip the print below with continue
    print(n)
