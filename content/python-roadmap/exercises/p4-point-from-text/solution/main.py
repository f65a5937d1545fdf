class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.x}, {self.y})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    @staticmethod
    def is_number(text: str) -> bool:
        try:
            float(text)
        except ValueError:
            return False
        return True

    @classmethod
    def from_text(cls, text: str) -> "Point":
        parts = text.split(",")
        if len(parts) != 2 or not (Point.is_number(parts[0])
                                   and Point.is_number(parts[1])):
            raise ValueError(f"not a point: {text!r}")
        return cls(float(parts[0]), float(parts[1]))


if __name__ == "__main__":
    print(Point.from_text("3,4"))
    print(Point.from_text(" -1.5 , 2 "))
    print(Point.is_number("2.5"), Point.is_number("two"))
