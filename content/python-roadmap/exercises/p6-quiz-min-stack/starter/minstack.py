# A stack with an O(1) minimum.


class MinStack:
    def __init__(self) -> None:
        self.items: list[int] = []

    def push(self, value: int) -> None:
        self.items.append(value)

    def pop(self) -> int:
        return self.items.pop()

    def peek(self) -> int:
        return self.items[-1]

    def minimum(self) -> int:
        # Too slow: this looks at every item. Remember the minimums instead.
        return min(self.items)

    # __len__ is still missing.


if __name__ == "__main__":
    stack = MinStack()
    for number in [5, 2, 7]:
        stack.push(number)
    print(stack.minimum())
