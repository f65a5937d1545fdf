import unittest

from main import Steps


class TestSteps(unittest.TestCase):
    def test_values(self):
        self.assertEqual(list(Steps(0, 1, 0.5)), [0, 0.5])
        self.assertEqual(list(Steps(2, 2, 1)), [], "start == stop: nothing")

    def test_next_by_hand(self):
        s = Steps(1, 3, 1)
        self.assertIs(iter(s), s, "__iter__ should return self")
        self.assertEqual(next(s), 1)
        self.assertEqual(next(s), 2)
        with self.assertRaises(StopIteration, msg="after the last value, __next__ raises StopIteration"):
            next(s)

    def test_stays_finished(self):
        s = Steps(0, 1, 1)
        list(s)
        self.assertEqual(list(s), [], "an iterator that is used up stays used up")

    def test_bad_step(self):
        with self.assertRaises(ValueError, msg="a step of 0 would loop for ever: raise ValueError"):
            Steps(0, 1, 0)
        with self.assertRaises(ValueError):
            Steps(0, 1, -1)


if __name__ == "__main__":
    unittest.main()
