number = int(input())
total = 0
# while there are digits left: add the last one to total, then drop it
