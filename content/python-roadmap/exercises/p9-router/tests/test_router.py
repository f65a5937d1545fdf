import unittest

from router import Router


class RouterTests(unittest.TestCase):
    def setUp(self):
        self.router = Router()
        self.router.add("GET", r"/notes", lambda: (200, ["all"]))
        self.router.add("POST", r"/notes", lambda: (201, {"created": True}))
        self.router.add("GET", r"/notes/(\d+)", lambda note_id: (200, {"id": note_id}))
        self.router.add("GET", r"/users/(\w+)/notes/(\d+)", lambda user, n: (200, [user, n]))

    def test_simple(self):
        self.assertEqual(self.router.dispatch("GET", "/notes"), (200, ["all"]))
        self.assertEqual(self.router.dispatch("POST", "/notes"), (201, {"created": True}),
                         "The same path with another method goes to another handler")

    def test_groups_passed(self):
        self.assertEqual(self.router.dispatch("GET", "/notes/42"), (200, {"id": "42"}),
                         "Pass the captured group to the handler, as a string")
        self.assertEqual(self.router.dispatch("GET", "/users/ada/notes/3"), (200, ["ada", "3"]))

    def test_whole_path_only(self):
        self.assertEqual(self.router.dispatch("GET", "/notes/42/extra")[0], 404,
                         "The pattern must match the WHOLE path: add ^ and $")
        self.assertEqual(self.router.dispatch("GET", "/api/notes")[0], 404,
                         "The pattern must match the WHOLE path: add ^ and $")
        self.assertEqual(self.router.dispatch("GET", "/notes/abc")[0], 404)

    def test_not_found(self):
        self.assertEqual(self.router.dispatch("GET", "/nothing"), (404, {"error": "not found"}))

    def test_method_not_allowed(self):
        self.assertEqual(self.router.dispatch("DELETE", "/notes/7"), (405, {"error": "method not allowed"}),
                         "The path exists, only the method is wrong: 405, not 404")


if __name__ == "__main__":
    unittest.main()
