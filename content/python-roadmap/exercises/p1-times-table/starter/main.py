n = int(input())
# for i in range(...): print n, "x", i, "=", the product
