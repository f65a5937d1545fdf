class Steps:
    def __init__(self, start: float, stop: float, step: float) -> None:
        # Refuse a step of 0 or less, then remember where you are.
        ...

    # __iter__ returns self.

    # __next__ returns the current value and moves on,
    # or raises StopIteration when the value is >= stop.


if __name__ == "__main__":
    start = float(input())
    stop = float(input())
    step = float(input())
    for x in Steps(start, stop, step):
        print(x)
