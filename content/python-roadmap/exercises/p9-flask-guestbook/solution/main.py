from flask import Flask, redirect, render_template_string, request, url_for
from flask.typing import ResponseReturnValue

app = Flask(__name__)

ENTRIES: list[dict[str, str]] = []

PAGE = """
<h1>Guestbook</h1>
{% if error %}
<p class="error">{{ error }}</p>
{% endif %}
<form method="post">
  <label>Name <input name="name"></label>
  <label>Message <textarea name="message"></textarea></label>
  <button>Sign</button>
</form>
<ul>
{% for entry in entries %}
  <li><b>{{ entry.name }}</b>: {{ entry.message }}</li>
{% endfor %}
</ul>
"""


@app.route("/", methods=["GET", "POST"])
def guestbook() -> ResponseReturnValue:
    if request.method == "POST":
        name = request.form.get("name", "").strip() or "Anonymous"
        message = request.form.get("message", "").strip()
        if not message:
            page = render_template_string(PAGE, entries=ENTRIES,
                                          error="Please write a message.")
            return page, 400
        ENTRIES.append({"name": name, "message": message})
        return redirect(url_for("guestbook"), code=303)
    return render_template_string(PAGE, entries=ENTRIES, error="")


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
