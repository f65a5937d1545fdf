import unittest

from search import find_all, find_first, first_longer_than


class FindFirstTests(unittest.TestCase):
    def test_found(self):
        self.assertEqual(find_first(["tea", "milk", "bread"], "milk"), 1)

    def test_first_of_several(self):
        self.assertEqual(find_first(["a", "b", "a"], "a"), 0,
                         "Return at the FIRST match, not the last")

    def test_not_found(self):
        self.assertEqual(find_first(["tea"], "jam"), -1,
                         "Return -1 when nothing matches (after the loop, not inside it)")
        self.assertEqual(find_first([], "jam"), -1, "An empty list contains nothing")

    def test_last_item(self):
        self.assertEqual(find_first(["x", "y", "z"], "z"), 2,
                         "Look at every item, including the last one")


class FindAllTests(unittest.TestCase):
    def test_several(self):
        self.assertEqual(find_all(["a", "b", "a", "a"], "a"), [0, 2, 3])

    def test_none(self):
        self.assertEqual(find_all(["a", "b"], "c"), [], "No matches: an empty list")


class FirstLongerTests(unittest.TestCase):
    def test_found(self):
        self.assertEqual(first_longer_than(["hi", "hello", "hey", "howdy"], 3), "hello")

    def test_strictly_longer(self):
        self.assertEqual(first_longer_than(["abc", "abcd"], 3), "abcd",
                         "'More than 3 letters' means 4 or more: use >, not >=")

    def test_none(self):
        self.assertIsNone(first_longer_than(["a", "b"], 5), "Return None when no word is long enough")


if __name__ == "__main__":
    unittest.main()
