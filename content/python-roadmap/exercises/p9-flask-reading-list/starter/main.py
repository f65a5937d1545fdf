from typing import Any

from flask import Flask, render_template_string

app = Flask(__name__)

BOOKS: list[dict[str, Any]] = [
    {"title": "Dune", "author": "Frank Herbert", "read": True},
    {"title": "Emma", "author": "Jane Austen", "read": False},
    {"title": "Kindred", "author": "Octavia E. Butler", "read": False},
]

PAGE = """
<h1>My reading list</h1>
"""


@app.route("/books")
def books_page() -> str:
    return render_template_string(PAGE)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
