import json
import unittest

import main


class TasksApiTests(unittest.TestCase):
    def setUp(self):
        main.TASKS.clear()
        self.client = main.app.test_client()

    def post(self, body=None, raw=None):
        if raw is not None:
            response = self.client.post("/api/tasks", data=raw, content_type="application/json")
        else:
            response = self.client.post("/api/tasks", json=body)
        return response.status_code, self.body(response)

    def body(self, response):
        text = response.get_data(as_text=True)
        if not text:
            return None
        try:
            return json.loads(text)
        except ValueError:
            where = f"{response.request.method} {response.request.path}"
            if response.status_code == 500:
                self.fail(f"{where} answered 500 Internal Server Error: your function stopped "
                          "with an error. The traceback your code printed (below) shows the line")
            self.fail(f"{where} answered "
                      f"{response.status_code} with a body that is not JSON: {text[:200]!r}. "
                      "Make every answer with jsonify(...)")

    def get(self, path):
        response = self.client.get(path)
        return response.status_code, self.body(response)

    def test_empty_list(self):
        self.assertEqual(self.get("/api/tasks"), (200, []),
                         "GET /api/tasks with no tasks should answer 200 and []")

    def test_create_and_list(self):
        self.assertEqual(self.post({"title": " Buy milk "}),
                         (201, {"id": 1, "title": "Buy milk", "done": False}),
                         "POST /api/tasks should answer 201 and the new task, its title "
                         "without the spaces at its ends")
        self.assertEqual(self.post({"title": "Call Bo"}),
                         (201, {"id": 2, "title": "Call Bo", "done": False}),
                         "The second task gets id 2")
        self.assertEqual(self.get("/api/tasks"),
                         (200, [{"id": 1, "title": "Buy milk", "done": False},
                                {"id": 2, "title": "Call Bo", "done": False}]),
                         "GET /api/tasks should list every task, by id")
        self.assertIn(2, main.TASKS, "The tasks are kept in TASKS, by id")

    def test_list_is_sorted_by_id(self):
        main.TASKS[5] = {"id": 5, "title": "five", "done": True}
        main.TASKS[2] = {"id": 2, "title": "two", "done": False}
        self.assertEqual(self.get("/api/tasks"),
                         (200, [{"id": 2, "title": "two", "done": False},
                                {"id": 5, "title": "five", "done": True}]),
                         "GET /api/tasks lists the tasks of TASKS from the smallest id to the largest")
        status, task = self.post({"title": "six"})
        self.assertEqual((status, task), (201, {"id": 6, "title": "six", "done": False}),
                         "A new task's id is one more than the largest id in TASKS")

    def test_one_task(self):
        self.post({"title": "x"})
        self.post({"title": "y"})
        self.assertEqual(self.get("/api/tasks/2"), (200, {"id": 2, "title": "y", "done": False}),
                         "GET /api/tasks/2 should answer 200 and task 2")
        self.assertEqual(self.get("/api/tasks/9"), (404, {"error": "no such task"}),
                         "GET /api/tasks/9 (no such task) should answer 404 and "
                         "{\"error\": \"no such task\"}")

    def test_body_not_json(self):
        for raw in ("{not json", "title=Buy milk", ""):
            self.assertEqual(self.post(raw=raw), (400, {"error": "body must be JSON"}),
                             f"POST /api/tasks with the body {raw!r} (not JSON) should answer 400 "
                             "and {\"error\": \"body must be JSON\"}; "
                             "request.get_json(silent=True) gives None then")
        self.assertEqual(main.TASKS, {}, "A refused request must not add a task")

    def test_bad_title(self):
        for body in ({}, {"title": 5}, {"title": "   "}, {"title": None}, ["title"], "Buy milk",
                     {"name": "Buy milk"}):
            self.assertEqual(self.post(body), (400, {"error": "title must be a non-empty string"}),
                             f"POST /api/tasks with {json.dumps(body)} should answer 400 and "
                             "{\"error\": \"title must be a non-empty string\"}")
        self.assertEqual(main.TASKS, {}, "A refused request must not add a task")

    def test_delete(self):
        self.post({"title": "x"})
        self.post({"title": "y"})
        response = self.client.delete("/api/tasks/1")
        self.assertEqual(response.status_code, 204, "DELETE /api/tasks/1 should answer 204")
        self.assertEqual(response.get_data(as_text=True), "", "A 204 answer has an empty body")
        self.assertEqual(self.get("/api/tasks/1")[0], 404, "After DELETE, the task is gone")
        self.assertEqual(self.get("/api/tasks"), (200, [{"id": 2, "title": "y", "done": False}]),
                         "DELETE removes only that task")
        response = self.client.delete("/api/tasks/1")
        self.assertEqual((response.status_code, self.body(response)), (404, {"error": "no such task"}),
                         "Deleting a task that is not there answers 404 and {\"error\": \"no such task\"}")

    def test_answers_are_json(self):
        response = self.client.get("/api/tasks")
        self.assertEqual(response.mimetype, "application/json",
                         "The answer's Content-Type should be application/json: use jsonify")


if __name__ == "__main__":
    unittest.main()
