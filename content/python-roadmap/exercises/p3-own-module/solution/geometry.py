"""Areas of simple shapes."""
import math


def rectangle_area(width: float, height: float) -> float:
    return width * height


def circle_area(radius: float) -> float:
    return math.pi * radius * radius
