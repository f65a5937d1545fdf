class Steps:
    def __init__(self, start: float, stop: float, step: float) -> None:
        # Refuse a step of 0 or less, then remember where you are.
        ...

    # __iter__ returns self.

    # __next__ returns the current value and moves on,
    # or raises StopIteration when the value is >= stop.


if __name__ == "__main__":
    for x in Steps(0.0, 1.0, 0.25):
        print(x)
    print(list(Steps(1.0, 2.0, 0.5)))
