from flask import Flask, request

app = Flask(__name__)


@app.route("/")
def home() -> str:
    return "Welcome!"


# Add the routes /square/<int:number> and /add here.


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True)
