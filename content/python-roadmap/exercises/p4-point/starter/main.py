import math


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def distance_to_origin(self) -> float:
        return math.sqrt(self.x ** 2 + self.y ** 2)

    # 1. Add __repr__ here.

    # 2. Add __eq__ here.


if __name__ == "__main__":
    p = Point(int(input()), int(input()))
    q = Point(int(input()), int(input()))
    print(p)
    print(q)
    print(p == q)
    print(p == str(p))
    print(p.distance_to_origin())
