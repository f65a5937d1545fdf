import geometry

width = float(input())
height = float(input())
radius = float(input())
print(f"Rectangle: {geometry.rectangle_area(width, height):.1f}")
print(f"Circle: {geometry.circle_area(radius):.2f}")
