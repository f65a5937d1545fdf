from flask import Flask, request

app = Flask(__name__)


@app.route("/")
def home() -> str:
    return "Welcome to the dojo!"


@app.route("/square/<int:number>")
def square(number: int) -> str:
    return f"{number} squared is {number * number}"


@app.route("/add")
def add() -> tuple[str, int]:
    a = request.args.get("a", "")
    b = request.args.get("b", "")
    if not (a.isdigit() and b.isdigit()):
        return "a and b must be whole numbers", 400
    return f"{a} + {b} = {int(a) + int(b)}", 200


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
