from flask import Flask, redirect, render_template_string, request, url_for
from flask.typing import ResponseReturnValue

app = Flask(__name__)

USERS: dict[str, int] = {}

SIGNUP = """
<h1>Join the club</h1>
{% for error in errors %}
<p class="error">{{ error }}</p>
{% endfor %}
<form method="post">
  <label>Username <input name="username" value="{{ username }}"></label>
  <label>Age <input name="age" value="{{ age }}"></label>
  <button>Sign up</button>
</form>
"""


def signup_errors(username: str, age: str) -> list[str]:
    errors: list[str] = []
    if not (3 <= len(username) <= 20 and username.isalnum()):
        errors.append("Username: 3 to 20 letters or digits.")
    elif username in USERS:
        errors.append("That username is taken.")
    if not (age.isdigit() and 13 <= int(age) <= 120):
        errors.append("Age: a whole number from 13 to 120.")
    return errors


@app.route("/signup", methods=["GET", "POST"])
def signup() -> ResponseReturnValue:
    if request.method == "GET":
        return render_template_string(SIGNUP, errors=[], username="", age="")
    username = request.form.get("username", "").strip()
    age = request.form.get("age", "").strip()
    errors = signup_errors(username, age)
    if errors:
        return render_template_string(SIGNUP, errors=errors, username=username, age=age), 400
    USERS[username] = int(age)
    return redirect(url_for("welcome", username=username), code=303)


@app.route("/welcome/<username>")
def welcome(username: str) -> ResponseReturnValue:
    if username not in USERS:
        return "No such member", 404
    return render_template_string("<h1>Welcome, {{ username }}!</h1>", username=username)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
