n = int(input())
# while n is still above 0: print it, then make it one smaller
