import unittest

from request import parse_request

EXAMPLE = "GET /search?q=tea&tag=hot&tag=green HTTP/1.1\r\nHost: example.org\r\nAccept:  text/html \r\n\r\n"


class ParseRequestTests(unittest.TestCase):
    def test_example(self):
        request = parse_request(EXAMPLE)
        self.assertEqual(request.method, "GET")
        self.assertEqual(request.path, "/search", "The path stops before the `?`")
        self.assertEqual(request.query, {"q": ["tea"], "tag": ["hot", "green"]},
                         "Each query name maps to the list of its values")
        self.assertEqual(request.headers, {"host": "example.org", "accept": "text/html"},
                         "Header names in lower case, values without the spaces around them")
        self.assertEqual(request.body, "")

    def test_post_with_body(self):
        body = '{"title": "Tea: green"}'
        raw = ("POST /notes HTTP/1.1\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\n\r\n{body}")
        request = parse_request(raw)
        self.assertEqual(request.method, "POST")
        self.assertEqual(request.path, "/notes")
        self.assertEqual(request.query, {}, "Without a `?` there are no query parameters: {}")
        self.assertEqual(request.headers["content-type"], "application/json")
        self.assertEqual(request.headers["content-length"], str(len(body)))
        self.assertEqual(request.body, body, "The body is everything after the empty line")

    def test_colon_in_value(self):
        request = parse_request("GET / HTTP/1.1\r\nHost: localhost:8000\r\n\r\n")
        self.assertEqual(request.headers, {"host": "localhost:8000"},
                         "Split a header line at its FIRST colon: the value may hold colons too")

    def test_blank_line_in_body(self):
        raw = "PUT /notes/3 HTTP/1.1\r\nX-Trace: 7\r\n\r\nline one\r\n\r\nline two"
        request = parse_request(raw)
        self.assertEqual(request.body, "line one\r\n\r\nline two",
                         "Only the FIRST empty line ends the headers; the body may hold empty lines")
        self.assertEqual(request.headers, {"x-trace": "7"})

    def test_no_headers(self):
        request = parse_request("DELETE /notes/3?force=yes HTTP/1.1\r\n\r\n")
        self.assertEqual(request.method, "DELETE")
        self.assertEqual(request.path, "/notes/3")
        self.assertEqual(request.query, {"force": ["yes"]})
        self.assertEqual(request.headers, {}, "A request without headers has an empty dict of headers")

    def test_broken(self):
        broken = {
            "GET /\r\nHost: a\r\n\r\n": "a request line with two parts",
            "GET / HTTP/1.1 extra\r\n\r\n": "a request line with four parts",
            "GET / HTTP/1.1\r\nHost example.org\r\n\r\n": "a header line without a colon",
            "GET / HTTP/1.1\r\nHost: example.org\r\n": "a request without the empty line after the headers",
        }
        for raw, what in broken.items():
            with self.assertRaises(ValueError, msg=f"parse_request must raise ValueError for {what}"):
                parse_request(raw)


if __name__ == "__main__":
    unittest.main()
