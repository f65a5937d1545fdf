import functools
from collections.abc import Callable
from typing import Any


def retry(times: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    if times < 1:
        raise ValueError("retry needs at least one try")

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            attempt = 1
            while True:
                try:
                    return func(*args, **kwargs)
                except ConnectionError:
                    print(f"attempt {attempt} failed")
                    if attempt == times:
                        raise
                    attempt += 1
        return wrapper
    return decorator


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
