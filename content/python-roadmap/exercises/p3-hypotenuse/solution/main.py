import math


def hypotenuse(a: float, b: float) -> float:
    return math.sqrt(a * a + b * b)


def main() -> None:
    a = float(input())
    b = float(input())
    print(f"{hypotenuse(a, b):.2f}")


if __name__ == "__main__":
    main()
