# A tiny web server with the standard library.
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class HelloHandler(BaseHTTPRequestHandler):
    def send_text(self, status: int, text: str) -> None:
        # Encode, send_response, two headers, end_headers, write.
        ...

    def do_GET(self) -> None:
        # Choose the status and text from self.path.
        ...


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 8000), HelloHandler)
    print("Serving on http://127.0.0.1:8000 (Ctrl+C to stop)")
    server.serve_forever()
