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
        if self.path == "/notes":
            self.send_json(200, [NOTES[key] for key in sorted(NOTES)])
            return
        found = NOTE_PATH.match(self.path)
        if not found:
            self.send_json(404, {"error": "not found"})
        elif int(found.group(1)) not in NOTES:
            self.send_json(404, {"error": "no such note"})
        else:
            self.send_json(200, NOTES[int(found.group(1))])

    def do_POST(self) -> None:
        if self.path != "/notes":
            self.send_json(404, {"error": "not found"})
            return
        try:
            body = self.read_json()
        except ValueError:
            self.send_json(400, {"error": "body is not JSON"})
            return
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text.strip():
            self.send_json(400, {"error": "text must be a non-empty string"})
            return
        note_id = max(NOTES, default=0) + 1
        note: dict[str, Any] = {"id": note_id, "text": text.strip()}
        NOTES[note_id] = note
        self.send_json(201, note)

    def do_DELETE(self) -> None:
        found = NOTE_PATH.match(self.path)
        if not found:
            self.send_json(404, {"error": "not found"})
        elif int(found.group(1)) not in NOTES:
            self.send_json(404, {"error": "no such note"})
        else:
            del NOTES[int(found.group(1))]
            self.send_response(204)
            self.end_headers()


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 8000), NotesHandler)
    print("Notes API on http://127.0.0.1:8000/notes (Ctrl+C to stop)")
    server.serve_forever()
