# An HTTP client that turns every failure into one clear exception.
import json
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.request import urlopen


class FetchError(Exception):
    """Fetching failed; the message says why."""


def fetch_json(url: str, timeout: float = 5.0) -> Any:
    ...


def count_items(url: str) -> int:
    ...


if __name__ == "__main__":
    try:
        print(fetch_json("http://127.0.0.1:9/", timeout=1))
    except FetchError as error:
        print("Failed:", error)
