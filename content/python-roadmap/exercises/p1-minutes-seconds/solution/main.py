seconds = int(input())
minutes = seconds // 60
rest = seconds % 60
print(minutes, "min", rest, "s")
