import geometry

print(f"Rectangle: {geometry.rectangle_area(3, 4):.1f}")
print(f"Circle: {geometry.circle_area(5):.2f}")
