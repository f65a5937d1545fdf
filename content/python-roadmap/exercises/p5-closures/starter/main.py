from collections.abc import Callable


def make_counter(start: int, step: int) -> Callable[[], int]:
    # Define an inner function that uses `nonlocal`, and return it.
    ...


def make_greeter(greeting: str) -> Callable[[str], str]:
    ...


def by_age(people: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return people


def by_name_length(names: list[str]) -> list[str]:
    return names


if __name__ == "__main__":
    c = make_counter(10, 5)
    other = make_counter(0, 1)
    print(c(), c(), c())
    print(other())
    print(make_greeter("Hi")("Ada"))
    print(by_age([("Ada", 36), ("Bo", 25), ("Cy", 41)]))
    print(by_name_length(["Eve", "Bo", "Ada", "Al"]))
