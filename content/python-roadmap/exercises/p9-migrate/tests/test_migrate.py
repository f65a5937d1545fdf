import sqlite3
import unittest

from migrate import MIGRATIONS, migrate


def version_of(conn):
    return conn.execute("PRAGMA user_version").fetchone()[0]


def columns(conn, table):
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def tables(conn):
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


class RunnerTests(unittest.TestCase):
    """migrate() with migrations made up by the tests."""

    def setUp(self):
        self.conn = sqlite3.connect(":memory:")

    def tearDown(self):
        self.conn.close()

    def test_runs_in_order_and_sets_the_version(self):
        steps = [["CREATE TABLE log (n INTEGER)"],
                 ["INSERT INTO log VALUES (2)"],
                 ["INSERT INTO log VALUES (3)"]]
        self.assertEqual(migrate(self.conn, steps), 3, "migrate returns the version the database is at now")
        self.assertEqual(version_of(self.conn), 3,
                         "After migration N, set PRAGMA user_version = N")
        self.assertEqual([n for (n,) in self.conn.execute("SELECT n FROM log")], [2, 3],
                         "Run the migrations in the order of the list")

    def test_each_migration_runs_once(self):
        steps = [["CREATE TABLE log (n INTEGER)"], ["INSERT INTO log VALUES (2)"]]
        migrate(self.conn, steps)
        self.assertEqual(migrate(self.conn, steps), 2)
        steps.append(["INSERT INTO log VALUES (3)"])
        self.assertEqual(migrate(self.conn, steps), 3)
        self.assertEqual([n for (n,) in self.conn.execute("SELECT n FROM log")], [2, 3],
                         "A migration that already ran must not run again: read PRAGMA user_version "
                         "and skip every migration whose number is not above it")

    def test_nothing_to_do(self):
        self.assertEqual(migrate(self.conn, []), 0, "No migrations: the version stays 0")

    def test_committed(self):
        migrate(self.conn, [["CREATE TABLE log (n INTEGER)"], ["INSERT INTO log VALUES (1)"]])
        self.assertFalse(self.conn.in_transaction, "Commit each migration (with conn: commits at its end)")

    def test_a_failing_migration_leaves_nothing_behind(self):
        steps = [["CREATE TABLE log (n INTEGER)"],
                 ["CREATE TABLE half (x INTEGER)", "INSERT INTO log VALUES (2)", "INSERT INTO missing VALUES (1)"]]
        with self.assertRaises(sqlite3.Error, msg="A migration whose SQL fails must let its error through"):
            migrate(self.conn, steps)
        self.assertEqual(version_of(self.conn), 1,
                         "Migration 2 failed, so the database stays at version 1")
        self.assertNotIn("half", tables(self.conn),
                         "Migration 2 failed halfway, but its table `half` is still there. Run each migration "
                         "in a transaction: conn.execute(\"BEGIN\") inside `with conn:` undoes even CREATE TABLE")
        self.assertEqual(self.conn.execute("SELECT COUNT(*) FROM log").fetchone()[0], 0,
                         "Migration 2 failed, so its INSERT must be undone too")


class NotesSchemaTests(unittest.TestCase):
    """The course's MIGRATIONS, from a new database and from older ones."""

    def setUp(self):
        self.conn = sqlite3.connect(":memory:")

    def tearDown(self):
        self.conn.close()

    def test_three_migrations(self):
        self.assertEqual(len(MIGRATIONS), 3, "Add migration 3 at the end of MIGRATIONS; keep 1 and 2 as they are")

    def test_from_version_0(self):
        self.assertEqual(migrate(self.conn, MIGRATIONS), 3,
                         "A new database gets every migration, 1 to 3, and migrate returns 3")
        self.assertEqual(columns(self.conn, "notes"), ["id", "text", "pinned", "title"],
                         "After all migrations, notes has id, text, pinned, title")

    def test_from_version_1_keeps_the_notes(self):
        # A database made by an old version of the app.
        self.conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        self.conn.execute("INSERT INTO notes (text) VALUES ('Water the tomatoes every evening')")
        self.conn.execute("INSERT INTO notes (text) VALUES ('Call Bo')")
        self.conn.execute("PRAGMA user_version = 1")
        self.conn.commit()
        self.assertEqual(migrate(self.conn, MIGRATIONS), 3,
                         "This database is at version 1: only migrations 2 and 3 run, and migrate returns 3")
        rows = self.conn.execute("SELECT id, text, pinned, title FROM notes ORDER BY id").fetchall()
        self.assertEqual(rows, [(1, "Water the tomatoes every evening", 0, "Water the tomatoes e"),
                                (2, "Call Bo", 0, "Call Bo")],
                         "The notes must survive, pinned 0, and migration 3 fills each title "
                         "with the first 20 characters of the text")

    def test_from_version_2(self):
        self.conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, "
                          "pinned INTEGER NOT NULL DEFAULT 0)")
        self.conn.execute("INSERT INTO notes (text, pinned) VALUES ('A much longer note about the garden', 1)")
        self.conn.execute("PRAGMA user_version = 2")
        self.conn.commit()
        self.assertEqual(migrate(self.conn, MIGRATIONS), 3,
                         "At version 2 only migration 3 runs")
        self.assertEqual(self.conn.execute("SELECT pinned, title FROM notes").fetchone(),
                         (1, "A much longer note a"))

    def test_new_notes_get_an_empty_title_by_default(self):
        migrate(self.conn, MIGRATIONS)
        self.conn.execute("INSERT INTO notes (text) VALUES ('x')")
        self.assertEqual(self.conn.execute("SELECT title FROM notes").fetchone(), ("",),
                         "The new title column is TEXT NOT NULL DEFAULT '': a note added without one gets ''")


if __name__ == "__main__":
    unittest.main()
