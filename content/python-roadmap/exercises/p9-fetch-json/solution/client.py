# An HTTP client that turns every failure into one clear exception.
import json
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.request import urlopen


class FetchError(Exception):
    """Fetching failed; the message says why."""


def fetch_json(url: str, timeout: float = 5.0) -> Any:
    try:
        with urlopen(url, timeout=timeout) as response:
            text = response.read().decode("utf-8")
    except HTTPError as error:
        raise FetchError(f"HTTP {error.code}") from error
    except (URLError, TimeoutError, ConnectionError) as error:
        raise FetchError(f"cannot reach {url}") from error
    try:
        return json.loads(text)
    except ValueError as error:
        raise FetchError("not JSON") from error


def count_items(url: str) -> int:
    try:
        return len(fetch_json(url))
    except FetchError:
        return -1


if __name__ == "__main__":
    try:
        print(fetch_json("http://127.0.0.1:9/", timeout=1))
    except FetchError as error:
        print("Failed:", error)
