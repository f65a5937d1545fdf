import unittest

from main import Queue


class TestQueue(unittest.TestCase):
    def test_fifo(self):
        q = Queue()
        for x in range(5):
            q.enqueue(x)
        self.assertEqual([q.dequeue() for _ in range(5)], [0, 1, 2, 3, 4], "first in, first out")

    def test_interleaved(self):
        q = Queue()
        q.enqueue(1)
        q.enqueue(2)
        self.assertEqual(q.dequeue(), 1)
        q.enqueue(3)
        self.assertEqual(q.peek(), 2, "peek shows the front")
        self.assertEqual(len(q), 2)
        self.assertEqual([q.dequeue(), q.dequeue()], [2, 3])

    def test_empty(self):
        q = Queue()
        self.assertEqual(len(q), 0)
        with self.assertRaises(IndexError):
            q.dequeue()
        with self.assertRaises(IndexError):
            q.peek()

    def test_moves_only_when_outbox_empty(self):
        q = Queue()
        q.enqueue("a")
        q.enqueue("b")
        q.dequeue()
        q.enqueue("c")
        self.assertEqual(q.outbox, ["b"], "move items only when the outbox is empty")
        self.assertEqual(q.inbox, ["c"])

    def test_two_stacks(self):
        q = Queue()
        q.enqueue(1)
        self.assertEqual(q.inbox, [1], "enqueue pushes onto the inbox")


if __name__ == "__main__":
    unittest.main()
