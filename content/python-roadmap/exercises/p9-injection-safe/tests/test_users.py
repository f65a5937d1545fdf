import unittest

import users

ATTACK = "x' OR '1'='1"


class UsersTests(unittest.TestCase):
    def setUp(self):
        self.conn = users.demo_db()

    def count(self):
        return self.conn.execute("SELECT COUNT(*) FROM users").fetchone()[0]

    def test_find(self):
        self.assertEqual(users.find_user(self.conn, "ada"), (1, "ada", "ada@example.org"))
        self.assertIsNone(users.find_user(self.conn, "zoe"))

    def test_find_attack(self):
        self.assertIsNone(users.find_user(self.conn, ATTACK), "The attack text must be treated as a (strange) name")

    def test_quote_in_name(self):
        self.conn.execute("INSERT INTO users (name, email) VALUES (?, ?)", ("o'brien", "ob@example.org"))
        self.assertEqual(users.find_user(self.conn, "o'brien")[1], "o'brien",
                         "A name with a quote must work: placeholders handle quotes")

    def test_search(self):
        self.assertEqual(users.search_users(self.conn, "ad"), ["ada", "adam"])
        self.assertEqual(users.search_users(self.conn, "' OR '1'='1' --"), [])

    def test_delete(self):
        self.assertEqual(users.delete_user(self.conn, ATTACK), 0, "The attack must delete nobody")
        self.assertEqual(self.count(), 3)
        self.assertEqual(users.delete_user(self.conn, "bob"), 1)
        self.assertEqual(self.count(), 2)


if __name__ == "__main__":
    unittest.main()
