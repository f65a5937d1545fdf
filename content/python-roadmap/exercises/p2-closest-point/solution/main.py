points = []
while True:
    line = input()
    if not line:
        break
    x, y = line.split(",")
    points.append((int(x), int(y)))

closest = points[0]
for x, y in points:
    cx, cy = closest
    if x * x + y * y < cx * cx + cy * cy:
        closest = (x, y)
print(f"Points: {len(points)}")
print(f"Closest: {closest}")
