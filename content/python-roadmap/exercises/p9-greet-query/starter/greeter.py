# Greeting by query string: /greet?name=Ada&times=2
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class GreetHandler(BaseHTTPRequestHandler):
    def send_text(self, status: int, text: str) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        # 1. Split self.path; anything but /greet is 404.
        # 2. Read name (required) and times (optional, default 1, 1..10).
        # 3. Answer the greeting, or 400 with what is wrong.
        self.send_text(404, "Not found")


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 8000), GreetHandler)
    print("Try http://127.0.0.1:8000/greet?name=You&times=2 (Ctrl+C to stop)")
    server.serve_forever()
