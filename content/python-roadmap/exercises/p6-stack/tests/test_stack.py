import unittest

from main import Editor, Stack


class TestStack(unittest.TestCase):
    def test_lifo(self):
        s = Stack()
        for x in (1, 2, 3):
            s.push(x)
        self.assertEqual(len(s), 3)
        self.assertEqual(s.peek(), 3, "peek shows the top without removing it")
        self.assertEqual(len(s), 3)
        self.assertEqual([s.pop(), s.pop(), s.pop()], [3, 2, 1], "last in, first out")
        self.assertTrue(s.is_empty())

    def test_empty_errors(self):
        s = Stack()
        self.assertTrue(s.is_empty())
        with self.assertRaises(IndexError, msg="pop on an empty stack raises IndexError"):
            s.pop()
        with self.assertRaises(IndexError, msg="peek on an empty stack raises IndexError"):
            s.peek()


class TestEditor(unittest.TestCase):
    def test_type_and_undo(self):
        e = Editor()
        e.type("a")
        e.type("b")
        e.type("c")
        self.assertEqual(e.text, "abc")
        e.undo()
        self.assertEqual(e.text, "ab")
        e.undo()
        e.undo()
        self.assertEqual(e.text, "")
        e.undo()
        self.assertEqual(e.text, "", "undo with nothing to undo does nothing")

    def test_uses_stack(self):
        e = Editor()
        stacks = [v for v in vars(e).values() if isinstance(v, Stack)]
        self.assertEqual(len(stacks), 1, "Editor should keep its history in a Stack")


if __name__ == "__main__":
    unittest.main()
