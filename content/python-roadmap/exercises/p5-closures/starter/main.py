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
    start = int(input())
    step = int(input())
    greeting = input()
    names = input().split()
    ages = [int(age) for age in input().split()]
    c = make_counter(start, step)
    other = make_counter(0, 1)
    print(c(), c(), c())
    print(other())
    print(make_greeter(greeting)(names[0]))
    print(by_age(list(zip(names, ages))))
    print(by_name_length(names))
