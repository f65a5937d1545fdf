side = int(input())
area = side * side
print("Area of a", side, "by", side, "square:", area)
