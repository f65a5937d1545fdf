class Counter:
    def __init__(self, label: str) -> None:
        self.label = label
        self.count = 0

    def increment(self, by: int = 1) -> None:
        if by <= 0:
            raise ValueError("a counter only goes up")
        self.count += by

    def reset(self) -> None:
        self.count = 0

    def describe(self) -> str:
        return f"{self.label}: {self.count}"


if __name__ == "__main__":
    name = input()
    steps = input().split()
    counter = Counter(name)
    for step in steps:
        counter.increment(int(step))
    print(counter.describe())
    counter.reset()
    print(counter.describe())
