# A JSON API for notes, kept in memory.
import json
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

NOTES: dict[int, dict[str, Any]] = {}
NOTE_PATH = re.compile(r"^/notes/(\d+)$")


class NotesHandler(BaseHTTPRequestHandler):
    def send_json(self, status: int, data: Any) -> None:
        body = json.dumps(data).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def read_json(self) -> Any:
        length = int(self.headers.get("Content-Length", 0))
        return json.loads(self.rfile.read(length) or b"null")

    def do_GET(self) -> None:
        ...

    def do_POST(self) -> None:
        ...

    def do_DELETE(self) -> None:
        ...


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 8000), NotesHandler)
    print("Notes API on http://127.0.0.1:8000/notes (Ctrl+C to stop)")
    server.serve_forever()
