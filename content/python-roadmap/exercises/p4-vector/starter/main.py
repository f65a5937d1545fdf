import math


class Vector:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    # Add __repr__, __eq__, __add__, __sub__, __mul__ and __abs__.
    # Type hints: other: "Vector" for + and -, factor: float for *,
    # and the result of + - * is a "Vector".


if __name__ == "__main__":
    print(Vector(1, 2) + Vector(3, 4))
    print(Vector(3, 4) - Vector(1, 1))
    print(Vector(1, 2) * 3)
    print(abs(Vector(3, 4)))
    print(Vector(1, 2) == Vector(1, 2))
