from flask import Flask, redirect, render_template_string, request, url_for
from flask.typing import ResponseReturnValue

app = Flask(__name__)

USERS: dict[str, int] = {}

SIGNUP = """
<h1>Join the club</h1>
<form method="post">
  <label>Username <input name="username"></label>
  <label>Age <input name="age"></label>
  <button>Sign up</button>
</form>
"""


@app.route("/signup")
def signup() -> ResponseReturnValue:
    return render_template_string(SIGNUP)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
