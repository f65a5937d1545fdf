class Steps:
    def __init__(self, start: float, stop: float, step: float) -> None:
        if step <= 0:
            raise ValueError("step must be greater than 0")
        self.current = start
        self.stop = stop
        self.step = step

    def __iter__(self) -> "Steps":
        return self

    def __next__(self) -> float:
        if self.current >= self.stop:
            raise StopIteration
        value = self.current
        self.current += self.step
        return value


if __name__ == "__main__":
    start = float(input())
    stop = float(input())
    step = float(input())
    for x in Steps(start, stop, step):
        print(x)
