class Counter:
    # 4. __init__ should also take a label: str and store it.
    def __init__(self) -> None:
        self.count = 0

    # 1. and 2. Give increment a parameter `by` with a default of 1,
    #    and raise ValueError when it is 0 or less.
    def increment(self) -> None:
        self.count += 1

    # 3. Add reset here.

    # 4. Add describe here.


if __name__ == "__main__":
    name = input()
    steps = input().split()
    counter = Counter(name)
    for step in steps:
        counter.increment(int(step))
    print(counter.describe())
    counter.reset()
    print(counter.describe())
