import threading
import unittest

from courses import course_order

BUDGET_S = 3.0


class CourseOrderTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(course_order(["sql", "python", "web", "git"],
                                      [("python", "web"), ("sql", "web"), ("git", "python")]),
                         ["git", "python", "sql", "web"])

    def test_circle(self):
        self.assertIsNone(course_order(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")]),
                          "a, b and c wait for each other in a circle: return None")

    def test_circle_in_part(self):
        self.assertIsNone(course_order(["art", "bio", "chem", "drama"],
                                       [("art", "bio"), ("chem", "drama"), ("drama", "chem")]),
                          "chem and drama wait for each other, so no order holds every course: return None")

    def test_no_pairs(self):
        self.assertEqual(course_order(["math", "art", "latin"], []), ["art", "latin", "math"],
                         "Without pairs every course is free at once: take them alphabetically")
        self.assertEqual(course_order([], []), [], "No courses: an empty order")

    def test_alphabetical_when_free(self):
        self.assertEqual(course_order(["d", "c", "b", "a"], [("d", "a")]), ["b", "c", "d", "a"],
                         "a waits for d; of the free courses b, c and d, take b first")

    def test_each_pair_respected(self):
        courses = [f"c{i}" for i in range(10)]
        before = [("c9", "c0"), ("c8", "c1"), ("c0", "c1"), ("c5", "c9"), ("c3", "c5"), ("c1", "c2")]
        order = course_order(courses, before)
        self.assertIsNotNone(order, "This graph has no circle, so there is an order")
        self.assertEqual(sorted(order), courses, "Every course appears in the order exactly once")
        for first, then in before:
            self.assertLess(order.index(first), order.index(then), f"{first} must come before {then}")
        self.assertEqual(order, ["c3", "c4", "c5", "c6", "c7", "c8", "c9", "c0", "c1", "c2"])

    def test_many(self):
        courses = [f"k{i:05d}" for i in range(20_000)]
        before = [(courses[i + 1], courses[i]) for i in range(19_999)]
        outcome = {}

        def call():
            try:
                outcome["value"] = course_order(courses, before)
            except RecursionError:
                outcome["deep"] = True
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        if worker.is_alive():
            self.fail(f"20,000 courses took more than {BUDGET_S:g} seconds: looking through every course "
                      "for the next free one is O(n²). Keep the free courses in a heap, and count what "
                      "each course still waits for.")
        if "deep" in outcome:
            self.fail("20,000 courses in a chain made the search call itself too deeply (`RecursionError`): "
                      "use a loop and a heap of free courses instead")
        if "error" in outcome:
            raise outcome["error"]
        self.assertEqual(outcome["value"], courses[::-1],
                         "Each course waits for the next one, so they come in reverse order")


if __name__ == "__main__":
    unittest.main()
