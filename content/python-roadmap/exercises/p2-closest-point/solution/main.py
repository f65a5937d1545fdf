points: list[tuple[int, int]] = []
while True:
    line = input()
    if not line:
        break
    x_text, y_text = line.split(",")
    points.append((int(x_text), int(y_text)))

closest = points[0]
for x, y in points:
    cx, cy = closest
    if x * x + y * y < cx * cx + cy * cy:
        closest = (x, y)
print(f"Points: {len(points)}")
print(f"Closest: {closest}")
