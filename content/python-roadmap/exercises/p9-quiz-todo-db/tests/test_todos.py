import sqlite3
import unittest

from todos import add_todo, create_table, finish, finish_all, open_titles


def fresh():
    conn = sqlite3.connect(":memory:")
    create_table(conn)
    return conn


class TodoTests(unittest.TestCase):
    def test_table(self):
        conn = fresh()
        columns = [row[1] for row in conn.execute("PRAGMA table_info(todos)")]
        self.assertEqual(columns, ["id", "title", "done"], "The table todos has the columns id, title and done")

    def test_example(self):
        conn = fresh()
        self.assertEqual([add_todo(conn, t) for t in ["buy tea", "call Bo", "fix bike"]], [1, 2, 3],
                         "add_todo returns the id of the new row (the cursor's lastrowid)")
        self.assertTrue(finish(conn, 2), "finish returns True when the to-do exists")
        self.assertFalse(finish(conn, 9), "finish returns False when there is no to-do with that id")
        self.assertEqual(open_titles(conn), ["buy tea", "fix bike"])

    def test_stored_as_not_done(self):
        conn = fresh()
        add_todo(conn, "water plants")
        self.assertEqual(conn.execute("SELECT title, done FROM todos").fetchall(), [("water plants", 0)],
                         "A new to-do is stored with done = 0")

    def test_tricky_titles(self):
        conn = fresh()
        titles = ["it's done'); DROP TABLE todos; --", 'say "hi"', "100% sure?", "a ? mark"]
        try:
            ids = [add_todo(conn, t) for t in titles]
        except sqlite3.Error as error:
            self.fail(f"A title with quotes broke the SQL ({error}): pass the title with a `?` placeholder")
        self.assertEqual(open_titles(conn), titles, "Titles with quotes must be stored exactly as given")
        finish(conn, ids[0])
        self.assertEqual(open_titles(conn), titles[1:])

    def test_open_order(self):
        conn = fresh()
        for t in ["zebra", "apple", "mango"]:
            add_todo(conn, t)
        self.assertEqual(open_titles(conn), ["zebra", "apple", "mango"],
                         "Oldest first: order by id, not by title")
        self.assertEqual(open_titles(fresh()), [], "No to-dos: an empty list")

    def test_finish_twice(self):
        conn = fresh()
        todo = add_todo(conn, "read")
        self.assertTrue(finish(conn, todo))
        self.assertTrue(finish(conn, todo), "Finishing a to-do that is already done still finds it: True")

    def test_finish_all(self):
        conn = fresh()
        ids = [add_todo(conn, t) for t in ["a", "b", "c", "d"]]
        finish_all(conn, [ids[0], ids[2]])
        self.assertEqual(open_titles(conn), ["b", "d"])

    def test_finish_all_or_nothing(self):
        conn = fresh()
        ids = [add_todo(conn, t) for t in ["a", "b", "c"]]
        with self.assertRaises(KeyError, msg="finish_all raises KeyError when an id does not exist"):
            finish_all(conn, [ids[0], ids[1], 99])
        self.assertEqual(open_titles(conn), ["a", "b", "c"],
                         "When one id is missing, finish_all must mark none done: do the updates in one "
                         "transaction (`with conn:`) and raise inside it, so that it is rolled back")

    def test_saved_for_other_connections(self):
        import os
        import tempfile
        folder = tempfile.mkdtemp()
        path = os.path.join(folder, "todos.db")
        conn = sqlite3.connect(path)
        create_table(conn)
        todo = add_todo(conn, "stay")
        finish(conn, add_todo(conn, "gone"))
        other = sqlite3.connect(path)
        self.assertEqual(other.execute("SELECT id, title, done FROM todos ORDER BY id").fetchall(),
                         [(todo, "stay", 0), (todo + 1, "gone", 1)],
                         "Another connection must see the changes: commit them (`with conn:` does)")
        other.close()
        conn.close()


if __name__ == "__main__":
    unittest.main()
