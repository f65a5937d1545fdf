# Lists inside lists, as deep as you like.
from typing import Union

Nested = list[Union[int, "Nested"]]


def flatten(items: Nested) -> list[int]:
    result: list[int] = []
    # For each item: a number goes into result as it is;
    # a list is flattened (by flatten itself!) and its numbers added.
    return result


def nested_sum(items: Nested) -> int:
    ...


if __name__ == "__main__":
    data: Nested = [1, [2, 3], [[4], 5], []]
    print(flatten(data))
    print(nested_sum(data))
