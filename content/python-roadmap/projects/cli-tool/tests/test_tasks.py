import unittest
from tasks import add_task, complete_task, format_task


class TestAddTask(unittest.TestCase):
    def test_adds(self):
        tasks = []
        task = add_task(tasks, "Buy milk")
        self.assertEqual(task, {"text": "Buy milk", "done": False}, "add_task returns the new task")
        self.assertEqual(tasks, [{"text": "Buy milk", "done": False}], "add_task appends to the list it is given")

    def test_strips(self):
        tasks = []
        add_task(tasks, "  Call Ada  ")
        self.assertEqual(tasks[0]["text"], "Call Ada", "add_task strips the spaces around the text")

    def test_empty(self):
        with self.assertRaises(ValueError, msg="add_task(tasks, '   ') must raise ValueError"):
            add_task([], "   ")


class TestCompleteTask(unittest.TestCase):
    def test_completes(self):
        tasks = [{"text": "a", "done": False}, {"text": "b", "done": False}]
        task = complete_task(tasks, 2)
        self.assertEqual(task["text"], "b", "number 2 is the second task: numbers count from 1")
        self.assertTrue(tasks[1]["done"])
        self.assertFalse(tasks[0]["done"])

    def test_bad_numbers(self):
        tasks = [{"text": "a", "done": False}]
        for number in (0, -1, 2):
            with self.subTest(number=number):
                with self.assertRaises(ValueError, msg=f"complete_task(tasks, {number}) must raise ValueError"):
                    complete_task(tasks, number)


class TestFormatTask(unittest.TestCase):
    def test_open(self):
        self.assertEqual(format_task(1, {"text": "Buy milk", "done": False}), "1. [ ] Buy milk")

    def test_done(self):
        self.assertEqual(format_task(12, {"text": "Call Ada", "done": True}), "12. [x] Call Ada")
