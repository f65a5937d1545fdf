# A tiny web server with the standard library.
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class HelloHandler(BaseHTTPRequestHandler):
    def send_text(self, status: int, text: str) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/":
            self.send_text(200, "Hello, web!")
        elif self.path == "/about":
            self.send_text(200, "A server written with http.server.")
        else:
            self.send_text(404, f"Not found: {self.path}")


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 8000), HelloHandler)
    print("Serving on http://127.0.0.1:8000 (Ctrl+C to stop)")
    server.serve_forever()
