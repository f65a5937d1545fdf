import importlib
import json
import unittest

from flask import Flask

import main

GIVEN = [
    {"method": "GET", "path": "/api/books", "doc": "List every book."},
    {"method": "DELETE", "path": "/api/books/<int:book_id>", "doc": "Show one book, or delete it."},
    {"method": "GET", "path": "/api/books/<int:book_id>", "doc": "Show one book, or delete it."},
    {"method": "GET", "path": "/api/docs", "doc": "Describe every API route."},
]


def ping() -> str:
    """Answer pong, to see that the server is up.

    Nothing else happens.
    """
    return "pong"


def no_doc() -> str:
    return "?"


def indented() -> str:
    """
        Starts on the second line.
    """
    return "!"


def fresh_app() -> Flask:
    app = Flask("fresh")
    app.add_url_rule("/api/ping", "ping", ping, methods=["GET"])
    app.add_url_rule("/api/items", "items", no_doc, methods=["POST", "GET", "PUT"])
    app.add_url_rule("/api/a/<name>", "indented", indented, methods=["GET"])
    app.add_url_rule("/health", "health", ping)
    return app


class DescribeApiTests(unittest.TestCase):
    def test_another_app(self):
        self.assertEqual(
            main.describe_api(fresh_app()),
            [
                {"method": "GET", "path": "/api/a/<name>", "doc": "Starts on the second line."},
                {"method": "GET", "path": "/api/items", "doc": ""},
                {"method": "POST", "path": "/api/items", "doc": ""},
                {"method": "PUT", "path": "/api/items", "doc": ""},
                {"method": "GET", "path": "/api/ping", "doc": "Answer pong, to see that the server is up."},
            ],
            "describe_api(flask_app) must read the routes of the app it is given (flask_app.url_map.iter_rules()), not always main.app: "
            "one entry per method except HEAD and OPTIONS, only paths starting with /api/, sorted by "
            "path and then method; doc is the docstring's first line, or \"\" when there is none")

    def test_only_api_routes(self):
        paths = {entry["path"] for entry in main.describe_api(fresh_app())}
        self.assertNotIn("/health", paths, "Routes outside /api/ are not part of the API: leave them out")
        self.assertNotIn("/static/<path:filename>", paths, "Flask's own /static route is not part of the API")

    def test_no_head_or_options(self):
        methods = {entry["method"] for entry in main.describe_api(fresh_app())}
        self.assertNotIn("HEAD", methods, "Flask adds HEAD to every GET route by itself: leave it out")
        self.assertNotIn("OPTIONS", methods, "Flask adds OPTIONS to every route by itself: leave it out")

    def test_empty_app(self):
        self.assertEqual(main.describe_api(Flask("empty")), [],
                         "An app without /api/ routes has nothing to describe: []")


class DocsRouteTests(unittest.TestCase):
    def setUp(self):
        importlib.reload(main)

    def docs(self):
        response = main.app.test_client().get("/api/docs")
        self.assertEqual(response.status_code, 200, "GET /api/docs must answer 200")
        try:
            return json.loads(response.get_data(as_text=True))
        except ValueError:
            self.fail("GET /api/docs must answer JSON: return jsonify(describe_api(app)), 200")

    def test_given_routes(self):
        self.assertEqual(self.docs(), GIVEN,
                         "GET /api/docs must describe the app's own routes, /api/docs included, "
                         "with every method (DELETE too) and each view's docstring")

    def test_new_route_is_documented(self):
        main.app.add_url_rule("/api/ping", "ping", ping, methods=["GET"])
        self.assertIn({"method": "GET", "path": "/api/ping", "doc": "Answer pong, to see that the server is up."},
                      self.docs(),
                      "A route added to the app must show up in /api/docs by itself: build the list "
                      "from app.url_map, not by hand")

    def test_docstring_change_is_seen(self):
        main.list_books.__doc__ = "List the books, newest first."
        self.assertIn({"method": "GET", "path": "/api/books", "doc": "List the books, newest first."},
                      self.docs(),
                      "The doc must come from the view's docstring (__doc__), so it cannot drift from the code")


if __name__ == "__main__":
    unittest.main()
