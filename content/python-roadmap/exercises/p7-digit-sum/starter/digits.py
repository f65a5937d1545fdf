# Two small recursive functions.


def digit_sum(n: int) -> int:
    # Base case: a single digit.
    # Recursive case: the last digit plus the digit sum of the rest.
    ...


def power(base: int, exp: int) -> int:
    # Base case: exp == 0.
    # Recursive case: base times power(base, exp - 1).
    ...


if __name__ == "__main__":
    print(digit_sum(1234))
    print(power(2, 10))
