# Lists inside lists, as deep as you like.
from typing import Union

Nested = list[Union[int, "Nested"]]


def flatten(items: Nested) -> list[int]:
    result: list[int] = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


def nested_sum(items: Nested) -> int:
    return sum(flatten(items))


if __name__ == "__main__":
    data: Nested = [1, [2, 3], [[4], 5], []]
    print(flatten(data))
    print(nested_sum(data))
