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
    head, separator, body = raw.partition("\r\n\r\n")
    if not separator:
        raise ValueError("no empty line after the headers")
    lines = head.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        raise ValueError(f"bad request line: {lines[0]!r}")
    method, target, _version = parts
    url = urlsplit(target)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon:
            raise ValueError(f"bad header line: {line!r}")
        headers[name.strip().lower()] = value.strip()
    return Request(method, url.path, parse_qs(url.query), headers, body)


if __name__ == "__main__":
    raw = "GET /search?q=tea&tag=hot&tag=green HTTP/1.1\r\nHost: example.org\r\nAccept:  text/html \r\n\r\n"
    request = parse_request(raw)
    print(request.method, request.path, request.query, request.headers, repr(request.body))
