# Two small recursive functions.


def digit_sum(n: int) -> int:
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)


def power(base: int, exp: int) -> int:
    if exp == 0:
        return 1
    return base * power(base, exp - 1)


if __name__ == "__main__":
    print(digit_sum(1234))
    print(power(2, 10))
