import math


class Vector:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    # Add __repr__, __eq__, __add__, __sub__, __mul__ and __abs__.
    # Type hints: other: "Vector" for + and -, factor: float for *,
    # and the result of + - * is a "Vector".


if __name__ == "__main__":
    a = Vector(int(input()), int(input()))
    b = Vector(int(input()), int(input()))
    factor = int(input())
    print(a + b)
    print(a - b)
    print(a * factor)
    print(abs(a))
    print(a == b)
