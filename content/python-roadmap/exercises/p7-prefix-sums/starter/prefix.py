# Prefix sums: add up once, answer every range question with a subtraction.


class RangeSums:
    def __init__(self, values: list[int]) -> None:
        self.prefix = [0]
        # Add a running total for each value.

    def total(self, i: int, j: int) -> int:
        # Sum of values[i..j], both included.
        ...

    # Write balanced_point(self) here.


if __name__ == "__main__":
    sums = RangeSums([5, 3, 8, 2, 7])
    print(sums.total(1, 3))        # 13
    print(RangeSums([1, 7, 3, 6, 5, 6]).balanced_point())   # 3
