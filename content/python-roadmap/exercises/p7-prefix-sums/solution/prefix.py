# Prefix sums: add up once, answer every range question with a subtraction.


class RangeSums:
    def __init__(self, values: list[int]) -> None:
        self.prefix = [0]
        for value in values:
            self.prefix.append(self.prefix[-1] + value)

    def total(self, i: int, j: int) -> int:
        return self.prefix[j + 1] - self.prefix[i]

    def balanced_point(self) -> int:
        whole = self.prefix[-1]
        for p in range(len(self.prefix) - 1):
            if self.prefix[p] == whole - self.prefix[p + 1]:
                return p
        return -1


if __name__ == "__main__":
    sums = RangeSums([5, 3, 8, 2, 7])
    print(sums.total(1, 3))        # 13
    print(RangeSums([1, 7, 3, 6, 5, 6]).balanced_point())   # 3
