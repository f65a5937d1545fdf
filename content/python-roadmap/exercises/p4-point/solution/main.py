import math


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def distance_to_origin(self) -> float:
        return math.sqrt(self.x ** 2 + self.y ** 2)

    def __repr__(self) -> str:
        return f"Point(x={self.x}, y={self.y})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y


if __name__ == "__main__":
    p = Point(int(input()), int(input()))
    q = Point(int(input()), int(input()))
    print(p)
    print(q)
    print(p == q)
    print(p == str(p))
    print(p.distance_to_origin())
