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
        parts = urlsplit(self.path)
        if parts.path != "/greet":
            self.send_text(404, "Not found")
            return
        query = parse_qs(parts.query)
        names = query.get("name")
        if not names:
            self.send_text(400, "Missing name")
            return
        try:
            times = int(query.get("times", ["1"])[0])
        except ValueError:
            times = 0
        if not 1 <= times <= 10:
            self.send_text(400, "times must be a whole number from 1 to 10")
            return
        self.send_text(200, " ".join([f"Hello, {names[0]}!"] * times))


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 8000), GreetHandler)
    print("Try http://127.0.0.1:8000/greet?name=You&times=2 (Ctrl+C to stop)")
    server.serve_forever()
