"""Areas of simple shapes."""
import math

# def rectangle_area(width: float, height: float) -> float:


# def circle_area(radius: float) -> float:
