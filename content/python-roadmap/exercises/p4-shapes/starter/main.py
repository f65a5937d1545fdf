import math
from abc import ABC, abstractmethod


class Shape(ABC):
    # 1. Two abstract methods, area and perimeter, each marked @abstractmethod.

    def describe(self) -> str:
        # Use self.area() and self.perimeter(); format with :.2f
        return ""


# 2. class Rectangle(Shape): ...

# 3. class Square(Rectangle): ...

# 4. class Circle(Shape): ...


if __name__ == "__main__":
    width = float(input())
    height = float(input())
    side = float(input())
    radius = float(input())
    shapes: list[Shape] = [Rectangle(width, height), Square(side), Circle(radius)]
    for shape in shapes:
        print(shape.describe())
