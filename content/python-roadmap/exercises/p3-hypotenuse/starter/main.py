import math

# def hypotenuse(a: float, b: float) -> float:


# def main() -> None:


# if __name__ == "__main__":
