import json
import unittest

import main

TYPE_LINE = "# TYPE http_requests_total counter"


class MetricsTests(unittest.TestCase):
    def setUp(self):
        main.COUNTS.clear()
        self.client = main.app.test_client()

    def metrics_lines(self):
        response = self.client.get("/metrics")
        self.assertEqual(response.status_code, 200, "GET /metrics should answer 200")
        self.assertEqual(response.mimetype, "text/plain",
                         "GET /metrics should answer plain text (mimetype='text/plain')")
        text = response.get_data(as_text=True)
        self.assertTrue(text.endswith("\n"), "Every line of /metrics ends with a newline")
        return text.splitlines()

    def line(self, path, status, count):
        return f'http_requests_total{{path="{path}",status="{status}"}} {count}'

    def test_nothing_counted_yet(self):
        self.assertEqual(self.metrics_lines(), [TYPE_LINE],
                         "Before any other request, /metrics shows only the # TYPE line")

    def test_counts_per_path_and_status(self):
        for path in ["/nope", "/items/99", "/", "/items/1", "/", "/items/99", "/"]:
            self.client.get(path)
        self.assertEqual(main.COUNTS.get(("/", 200)), 3,
                         "After three GET / requests, COUNTS[('/', 200)] should be 3")
        self.assertEqual(main.COUNTS.get(("/items/99", 404)), 2,
                         "A request that answers 404 is counted too, with its status")
        expected = [TYPE_LINE,
                    self.line("/", 200, 3),
                    self.line("/items/1", 200, 1),
                    self.line("/items/99", 404, 2),
                    self.line("/nope", 404, 1)]
        self.assertEqual(self.metrics_lines(), expected,
                         "/metrics should show the # TYPE line, then one line per path and "
                         "status, sorted by path and then status, exactly in this format")

    def test_metrics_counts_itself_afterwards(self):
        self.client.get("/items/2")
        self.client.get("/items/2")
        first = self.metrics_lines()
        second = self.metrics_lines()
        self.assertEqual(first, [TYPE_LINE, self.line("/items/2", 200, 2)],
                         "Each request is counted once, after it is answered")
        self.assertEqual(second, [TYPE_LINE, self.line("/items/2", 200, 2),
                                  self.line("/metrics", 200, 1)],
                         "A request to /metrics is counted like any other, once it is "
                         "answered: the second /metrics shows the first one")

    def test_one_json_log_line_per_request(self):
        with self.assertLogs("requests", level="INFO") as logs:
            self.client.get("/")
            self.client.get("/items/7")
        self.assertEqual(len(logs.records), 2,
                         "Log exactly one line per request to the 'requests' logger")
        wanted = [{"method": "GET", "path": "/", "status": 200},
                  {"method": "GET", "path": "/items/7", "status": 404}]
        for record, want in zip(logs.records, wanted):
            message = record.getMessage()
            try:
                data = json.loads(message)
            except ValueError:
                self.fail(f"The log line {message!r} is not JSON: make it with json.dumps(...)")
            self.assertEqual(data, want,
                             "Each log line is a JSON object with the request's method, "
                             "path and status (a number)")


if __name__ == "__main__":
    unittest.main()
