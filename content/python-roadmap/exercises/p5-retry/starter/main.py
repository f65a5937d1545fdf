import functools
from collections.abc import Callable
from typing import Any


def retry(times: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    # Three layers: retry remembers `times`, decorator takes the function,
    # wrapper does the trying.
    ...


network = {"failures_left": 0}


@retry(3)
def download(name: str) -> str:
    if network["failures_left"] > 0:
        network["failures_left"] -= 1
        raise ConnectionError("network down")
    return f"downloaded {name}"


if __name__ == "__main__":
    name = input()
    network["failures_left"] = int(input())
    try:
        print(download(name))
    except ConnectionError:
        print(f"could not download {name}")
