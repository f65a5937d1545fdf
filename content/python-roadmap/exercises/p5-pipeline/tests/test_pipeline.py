import inspect
import unittest

from main import fibonacci, parse_readings, running_total, take


class TestPipeline(unittest.TestCase):
    def test_all_are_generators(self):
        for gen in (parse_readings([]), running_total([]), take(1, []), fibonacci()):
            self.assertTrue(inspect.isgenerator(gen), "each function should be a generator: use yield")

    def test_parse_readings(self):
        lines = ["4\n", "ERROR\n", "\n", " 6 ", "-2", "3.5"]
        self.assertEqual(list(parse_readings(lines)), [4, 6, -2], "keep whole numbers, skip everything else")

    def test_running_total(self):
        self.assertEqual(list(running_total([1, 2, 3])), [1, 3, 6])
        self.assertEqual(list(running_total([])), [])

    def test_take(self):
        self.assertEqual(list(take(2, [7, 8, 9])), [7, 8])
        self.assertEqual(list(take(5, [7])), [7], "fewer items than asked: give what there is")
        self.assertEqual(list(take(0, [7])), [])

    def test_take_does_not_read_too_far(self):
        read = []

        def source():
            for n in range(100):
                read.append(n)
                yield n

        list(take(3, source()))
        self.assertLessEqual(len(read), 3, "take(3, …) should stop after the third item, not read one more")

    def test_fibonacci(self):
        gen = fibonacci()
        first = [next(gen) for _ in range(10)]
        self.assertEqual(first, [0, 1, 1, 2, 3, 5, 8, 13, 21, 34])

    def test_chain(self):
        self.assertEqual(list(take(2, running_total(parse_readings(["1", "x", "2", "3"])))), [1, 3])


if __name__ == "__main__":
    unittest.main()
