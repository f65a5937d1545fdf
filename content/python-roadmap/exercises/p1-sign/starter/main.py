number = int(input())
# if ... elif ... else
