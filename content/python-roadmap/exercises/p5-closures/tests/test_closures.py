import unittest

from main import by_age, by_name_length, make_counter, make_greeter


class TestClosures(unittest.TestCase):
    def test_counter(self):
        c = make_counter(10, 5)
        self.assertTrue(callable(c), "make_counter should return a function (the inner one, without calling it)")
        self.assertEqual(c(), 15)
        self.assertEqual(c(), 20)

    def test_counters_are_separate(self):
        a = make_counter(0, 1)
        b = make_counter(100, 10)
        a()
        a()
        self.assertEqual(b(), 110, "each counter keeps its own count")
        self.assertEqual(a(), 3)

    def test_greeter(self):
        hello = make_greeter("Hello")
        self.assertEqual(hello("Bo"), "Hello, Bo!")
        self.assertEqual(make_greeter("Hey")("Cy"), "Hey, Cy!")

    def test_by_age(self):
        people = [("A", 3), ("B", 1), ("C", 2)]
        self.assertEqual(by_age(people), [("B", 1), ("C", 2), ("A", 3)])
        self.assertEqual(people, [("A", 3), ("B", 1), ("C", 2)], "sorted() returns a new list and leaves the old one alone")

    def test_by_name_length(self):
        self.assertEqual(by_name_length(["ccc", "b", "a", "dd"]), ["a", "b", "dd", "ccc"])


if __name__ == "__main__":
    unittest.main()
