import threading
import unittest

from minstack import MinStack

# Remembering the minimums answers the big test in a few hundredths of a
# second; looking through the whole stack for each minimum takes many seconds.
# The work runs in a thread of its own with a budget, so that a slow answer
# fails with this test's own words, not with the run's time limit.
BUDGET_S = 2.0


class MinStackTests(unittest.TestCase):
    def test_example(self):
        stack = MinStack()
        for number in [5, 2, 7]:
            stack.push(number)
        self.assertEqual(stack.minimum(), 2)
        self.assertEqual(stack.pop(), 7, "pop() returns the number pushed last")
        self.assertEqual(stack.pop(), 2)
        self.assertEqual(stack.minimum(), 5,
                         "After 2 is popped, the minimum is 5 again: the stack must remember the older minimum")
        self.assertEqual(len(stack), 1, "len(stack) counts the numbers still on it")

    def test_peek_does_not_remove(self):
        stack = MinStack()
        stack.push(4)
        stack.push(9)
        self.assertEqual(stack.peek(), 9, "peek() returns the top number")
        self.assertEqual(len(stack), 2, "peek() must not take the number off")

    def test_repeated_minimum(self):
        stack = MinStack()
        for number in [3, 1, 1, 6]:
            stack.push(number)
        stack.pop()
        stack.pop()
        self.assertEqual(stack.minimum(), 1,
                         "1 was pushed twice; after one 1 is popped, the other is still the minimum")
        stack.pop()
        self.assertEqual(stack.minimum(), 3)

    def test_negative_numbers(self):
        stack = MinStack()
        for number in [-2, -8, 0]:
            stack.push(number)
        self.assertEqual(stack.minimum(), -8, "Negative numbers count too")

    def test_empty_raises(self):
        stack = MinStack()
        with self.assertRaises(IndexError, msg="pop() on an empty stack must raise IndexError"):
            stack.pop()
        with self.assertRaises(IndexError, msg="peek() on an empty stack must raise IndexError"):
            stack.peek()
        with self.assertRaises(IndexError, msg="minimum() on an empty stack must raise IndexError"):
            stack.minimum()
        stack.push(1)
        stack.pop()
        with self.assertRaises(IndexError, msg="minimum() must raise IndexError once the stack is empty again"):
            stack.minimum()

    def test_many_is_fast(self):
        outcome = {}

        def work():
            try:
                stack = MinStack()
                seen = []
                for i in range(40000):
                    stack.push(100000 - i if i % 2 else 100000 + i)
                    seen.append(stack.minimum())
                outcome["value"] = seen[-1]
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        worker.join(BUDGET_S)
        if worker.is_alive():
            self.fail("40,000 pushes, each followed by minimum(), took more than 2 seconds: "
                      "minimum() must not look through the whole stack. Keep the minimum so far "
                      "for every position in a second list.")
        if "error" in outcome:
            raise outcome["error"]
        self.assertEqual(outcome["value"], 60001)


if __name__ == "__main__":
    unittest.main()
