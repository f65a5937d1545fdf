import math


class Vector:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Vector({self.x}, {self.y})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __add__(self, other: "Vector") -> "Vector":
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vector") -> "Vector":
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, factor: float) -> "Vector":
        return Vector(self.x * factor, self.y * factor)

    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)


if __name__ == "__main__":
    a = Vector(int(input()), int(input()))
    b = Vector(int(input()), int(input()))
    factor = int(input())
    print(a + b)
    print(a - b)
    print(a * factor)
    print(abs(a))
    print(a == b)
