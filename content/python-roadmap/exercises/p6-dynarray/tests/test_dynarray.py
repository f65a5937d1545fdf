import unittest

from main import DynamicArray


class TestDynamicArray(unittest.TestCase):
    def test_empty(self):
        a = DynamicArray()
        self.assertEqual(len(a), 0)
        self.assertEqual(a.capacity(), 1)

    def test_append_and_get(self):
        a = DynamicArray()
        for word in ["a", "b", "c"]:
            a.append(word)
        self.assertEqual(len(a), 3)
        self.assertEqual((a[0], a[1], a[2]), ("a", "b", "c"))

    def test_capacity_doubles(self):
        a = DynamicArray()
        seen = []
        for i in range(9):
            a.append(i)
            seen.append(a.capacity())
        self.assertEqual(seen, [1, 2, 4, 4, 8, 8, 8, 8, 16], "the capacity should double exactly when the array is full")

    def test_many(self):
        a = DynamicArray()
        for i in range(1000):
            a.append(i * 2)
        self.assertEqual(len(a), 1000)
        self.assertEqual(a[999], 1998)
        self.assertEqual(a[0], 0, "resizing must copy every old item over")

    def test_set(self):
        a = DynamicArray()
        a.append(1)
        a.append(2)
        a[1] = 20
        self.assertEqual(a[1], 20)

    def test_index_errors(self):
        a = DynamicArray()
        a.append(1)
        a.append(2)
        a.append(3)
        self.assertEqual(a.capacity(), 4)
        with self.assertRaises(IndexError, msg="index 3 is in the block but not in the array: raise IndexError"):
            a[3]
        with self.assertRaises(IndexError, msg="negative indexes raise IndexError here"):
            a[-1]
        with self.assertRaises(IndexError, msg="setting outside the array raises IndexError"):
            a[5] = 0


if __name__ == "__main__":
    unittest.main()
