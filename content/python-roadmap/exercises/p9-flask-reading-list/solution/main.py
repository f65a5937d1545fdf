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
{% if books %}
<p>{{ count }} book{% if count != 1 %}s{% endif %}, {{ read }} read</p>
<ul>
{% for book in books %}
  <li>{{ book.title }} by {{ book.author }}{% if book.read %} (read){% endif %}</li>
{% endfor %}
</ul>
{% else %}
<p>No books yet.</p>
{% endif %}
"""


@app.route("/books")
def books_page() -> str:
    read = len([book for book in BOOKS if book["read"]])
    return render_template_string(PAGE, books=BOOKS, count=len(BOOKS), read=read)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
