import unittest

from main import Version


class TestVersionOrder(unittest.TestCase):
    def test_major_decides_first(self):
        self.assertTrue(Version(1, 9, 9) < Version(2, 0, 0),
                        "1.9.9 is older than 2.0.0: the major number decides first")
        self.assertFalse(Version(2, 0, 0) < Version(1, 9, 9),
                         "2.0.0 is not older than 1.9.9")

    def test_minor_then_patch(self):
        self.assertTrue(Version(3, 1, 7) < Version(3, 2, 0),
                        "with the same major number, the minor number decides: 3.1.7 < 3.2.0")
        self.assertTrue(Version(3, 2, 4) < Version(3, 2, 5),
                        "with the same major and minor, the patch decides: 3.2.4 < 3.2.5")
        self.assertFalse(Version(3, 2, 5) < Version(3, 2, 4),
                         "3.2.5 is not older than 3.2.4")

    def test_numbers_not_text(self):
        self.assertTrue(Version(1, 2, 3) < Version(1, 10, 0),
                        "compare the numbers, not text: 2 is smaller than 10, so 1.2.3 < 1.10.0")
        self.assertTrue(Version(0, 9, 2) < Version(0, 9, 12),
                        "9 < 12 as numbers, so 0.9.2 < 0.9.12")

    def test_equal_is_not_less(self):
        self.assertFalse(Version(4, 5, 6) < Version(4, 5, 6),
                         "a version is not older than itself: `<` must be False for equal versions")

    def test_greater_than_works_too(self):
        self.assertTrue(Version(2, 0, 1) > Version(2, 0, 0),
                        "`a > b` works once `__lt__` exists: Python asks `b < a` instead")

    def test_sorted(self):
        versions = [Version(2, 0, 0), Version(1, 10, 0), Version(1, 2, 3),
                    Version(0, 1, 0), Version(1, 2, 10), Version(1, 2, 3)]
        expected = [Version(0, 1, 0), Version(1, 2, 3), Version(1, 2, 3),
                    Version(1, 2, 10), Version(1, 10, 0), Version(2, 0, 0)]
        self.assertEqual(sorted(versions), expected,
                         "sorted() should put the versions from oldest to newest")
        self.assertEqual(max(versions), Version(2, 0, 0), "max() should find the newest version")
        self.assertEqual(min(versions), Version(0, 1, 0), "min() should find the oldest version")

    def test_other_types(self):
        self.assertIs(Version(1, 0, 0).__lt__("2.0.0"), NotImplemented,
                      "for something that is not a Version, __lt__ returns NotImplemented")
        self.assertIs(Version(1, 0, 0).__lt__((2, 0, 0)), NotImplemented,
                      "a tuple is not a Version either: return NotImplemented")
        with self.assertRaises(TypeError, msg="Version(1, 0, 0) < 5 should raise TypeError "
                               "(that is what NotImplemented leads to)"):
            Version(1, 0, 0) < 5  # noqa: B015


if __name__ == "__main__":
    unittest.main()
