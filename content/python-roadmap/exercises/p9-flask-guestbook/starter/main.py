from flask import Flask, redirect, render_template_string, request, url_for
from flask.typing import ResponseReturnValue

app = Flask(__name__)

ENTRIES: list[dict[str, str]] = []

PAGE = """
<h1>Guestbook</h1>
<form method="post">
  <label>Name <input name="name"></label>
  <label>Message <textarea name="message"></textarea></label>
  <button>Sign</button>
</form>
<ul>
{{ entries|safe }}
</ul>
"""


@app.route("/", methods=["GET", "POST"])
def guestbook() -> ResponseReturnValue:
    if request.method == "POST":
        name = request.form.get("name", "").strip() or "Anonymous"
        message = request.form.get("message", "").strip()
        if message:
            ENTRIES.append({"name": name, "message": message})
        return redirect(url_for("guestbook"), code=303)
    html = ""
    for entry in ENTRIES:
        html += f"<li><b>{entry['name']}</b>: {entry['message']}</li>\n"
    return render_template_string(PAGE, entries=html)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
