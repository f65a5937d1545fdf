# A stack with an O(1) minimum: a second stack remembers the minimum so far.


class MinStack:
    def __init__(self) -> None:
        self.items: list[int] = []
        self.minimums: list[int] = []

    def push(self, value: int) -> None:
        if self.minimums and self.minimums[-1] < value:
            self.minimums.append(self.minimums[-1])
        else:
            self.minimums.append(value)
        self.items.append(value)

    def pop(self) -> int:
        if not self.items:
            raise IndexError("pop from an empty stack")
        self.minimums.pop()
        return self.items.pop()

    def peek(self) -> int:
        if not self.items:
            raise IndexError("peek at an empty stack")
        return self.items[-1]

    def minimum(self) -> int:
        if not self.minimums:
            raise IndexError("minimum of an empty stack")
        return self.minimums[-1]

    def __len__(self) -> int:
        return len(self.items)


if __name__ == "__main__":
    stack = MinStack()
    for number in [5, 2, 7]:
        stack.push(number)
    print(stack.minimum())
