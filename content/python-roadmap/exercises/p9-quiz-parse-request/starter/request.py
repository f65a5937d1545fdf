# Reading the text of an HTTP request.
from urllib.parse import parse_qs, urlsplit


class Request:
    def __init__(self, method: str, path: str, query: dict[str, list[str]],
                 headers: dict[str, str], body: str) -> None:
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body


def parse_request(raw: str) -> Request:
    # Head and body are separated by the first empty line: "\r\n\r\n".
    raise ValueError("not written yet")


if __name__ == "__main__":
    raw = "GET /search?q=tea&tag=hot&tag=green HTTP/1.1\r\nHost: example.org\r\nAccept:  text/html \r\n\r\n"
    request = parse_request(raw)
    print(request.method, request.path, request.query, request.headers, repr(request.body))
