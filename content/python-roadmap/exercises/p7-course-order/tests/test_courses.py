import random
import threading
import unittest

from courses import study_order

BUDGET_S = 6.0
EXAMPLE = {"Algebra 1": [], "Algebra 2": ["Algebra 1"],
           "Physics": ["Algebra 1"], "Mechanics": ["Physics", "Algebra 2"]}


def order_of(needs):
    """study_order(needs) in a thread of its own, so that a slow or too deep
    answer ends in the test's own words."""
    outcome = {}

    def call():
        try:
            outcome["value"] = study_order(needs)
        except RecursionError:
            outcome["deep"] = True
        except BaseException as error:
            outcome["error"] = error

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(BUDGET_S)
    if worker.is_alive():
        return "slow"
    if "deep" in outcome:
        return "deep"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class StudyOrderTests(unittest.TestCase):
    def check_order(self, needs, order):
        self.assertIsNotNone(order, "These courses have no cycle, so an order exists; "
                                    "return None only for a cycle")
        self.assertIsInstance(order, list, "Return the order as a list of courses")
        self.assertEqual(sorted(order), sorted(needs),
                         "The order must hold every course exactly once")
        position = {course: i for i, course in enumerate(order)}
        for course, firsts in needs.items():
            for first in firsts:
                self.assertLess(position[first], position[course],
                                f"{course} needs {first}, so {first} must come before it; "
                                f"your order has it after")

    def test_example(self):
        self.check_order(EXAMPLE, study_order(EXAMPLE))

    def test_nothing_needed(self):
        needs = {"Art": [], "Music": [], "Drama": []}
        self.check_order(needs, study_order(needs))
        self.assertEqual(study_order({}), [], "No courses: the order is empty")

    def test_cycle(self):
        needs = dict(EXAMPLE)
        needs["Algebra 1"] = ["Mechanics"]
        self.assertIsNone(study_order(needs),
                          "Algebra 1 needs Mechanics, which needs Algebra 2, which needs Algebra 1: "
                          "a cycle, so no order exists. A cycle not detected: when courses are "
                          "left over at the end, return None")

    def test_cycle_beside_free_courses(self):
        needs = {"Art": [], "Chess": ["Go"], "Go": ["Chess"], "Music": ["Art"]}
        self.assertIsNone(study_order(needs),
                          "Chess needs Go and Go needs Chess: even though Art and Music can be "
                          "ordered, there is no order of all the courses. Return None")

    def test_course_needing_itself(self):
        self.assertIsNone(study_order({"Logic": ["Logic"]}),
                          "A course that needs itself can never be taken: a cycle of one")

    def test_random(self):
        rng = random.Random(13)
        for _ in range(40):
            names = [f"c{i}" for i in range(rng.randint(1, 25))]
            rng.shuffle(names)
            needs = {name: [] for name in names}
            for i, name in enumerate(names):
                for first in rng.sample(names[:i], min(i, rng.randint(0, 3))):
                    needs[name].append(first)
            keys = list(needs)
            rng.shuffle(keys)
            needs = {k: needs[k] for k in keys}
            self.check_order(needs, study_order(needs))

    def test_long_chain(self):
        n = 5000
        needs = {f"c{i}": ([f"c{i - 1}"] if i else []) for i in range(n)}
        keys = list(needs)
        random.Random(3).shuffle(keys)
        needs = {k: needs[k] for k in keys}
        order = order_of(needs)
        self.assertNotEqual(order, "deep",
                            "A chain of 5,000 courses made your function call itself too deeply "
                            "(`RecursionError`). Use Kahn's method: a queue of ready courses")
        self.assertNotEqual(order, "slow",
                            f"A chain of 5,000 courses took more than {BUDGET_S:g} seconds. Do not "
                            "search all courses again for a ready one each time: keep a queue of "
                            "ready courses and lower the counts as courses are taken")
        self.assertEqual(order, [f"c{i}" for i in range(n)], "A chain has one order only")


if __name__ == "__main__":
    unittest.main()
