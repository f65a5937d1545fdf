for n in range(10, 0, -2):
    print(n)
