import itertools
import threading
import unittest

from brackets import balanced

# Backtracking makes balanced(11) in well under a second; making all 4 million
# strings of 22 brackets and keeping the balanced ones takes far longer. The
# call runs in a thread with a budget, so that the test explains a slow answer.
BUDGET_S = 5.0


def is_balanced(text):
    depth = 0
    for char in text:
        depth += 1 if char == "(" else -1
        if depth < 0:
            return False
    return depth == 0


class BalancedTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(balanced(3), ["((()))", "(()())", "(())()", "()(())", "()()()"])

    def test_small(self):
        self.assertEqual(balanced(0), [""], "Zero pairs: one string, the empty one")
        self.assertEqual(balanced(1), ["()"])
        self.assertEqual(balanced(2), ["(())", "()()"])

    def test_against_every_string(self):
        for n in range(1, 7):
            every = ["".join(chars) for chars in itertools.product("()", repeat=2 * n)]
            expected = sorted(s for s in every if is_balanced(s))
            got = balanced(n)
            self.assertEqual(len(got), len(set(got)), f"balanced({n}) lists a string twice")
            self.assertEqual(got, expected, f"balanced({n}) must hold every balanced string, in alphabetical order")

    def test_eleven_pairs(self):
        outcome = {}

        def call():
            try:
                outcome["value"] = balanced(11)
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        if worker.is_alive():
            self.fail(f"balanced(11) took more than {BUDGET_S:g} seconds: do not make every string of brackets. "
                      "Add `)` only while the start has fewer `)` than `(`, and `(` only while fewer than n "
                      "are used, so that no dead end is ever built.")
        if "error" in outcome:
            raise outcome["error"]
        got = outcome["value"]
        self.assertEqual(len(got), 58786, "There are 58,786 balanced strings of 11 pairs")
        self.assertEqual(got[0], "(" * 11 + ")" * 11)
        self.assertEqual(got[-1], "()" * 11)


if __name__ == "__main__":
    unittest.main()
