import random
import unittest
from typing import Any

from main import DELETED, ProbingMap, Tombstone

# hash(n) is n for a small whole number n >= 0, so with 8 slots the keys
# 3, 11, 19 and 27 all start at slot 3: collisions on purpose.


def live(table: Any) -> dict[Any, Any]:
    """The pairs stored in the slots, read from the slots themselves."""
    pairs: dict[Any, Any] = {}
    for slot in table._slots:
        if slot is not None and not isinstance(slot, Tombstone):
            key, value = slot
            if key in pairs:
                raise AssertionError(f"the key {key!r} is stored twice in "
                                     f"the slots")
            pairs[key] = value
    return pairs


class TestProbing(unittest.TestCase):
    def test_no_collision(self) -> None:
        table: ProbingMap[int, str] = ProbingMap(8)
        table.put(1, "one")
        table.put(2, "two")
        self.assertEqual(table._slots[1], (1, "one"),
                         "key 1 should be stored in its home slot, 1 % 8 = 1")
        self.assertEqual(table.get(1), "one")
        self.assertEqual(table.get(2), "two")
        self.assertEqual(len(table), 2)

    def test_collisions_probe_forward(self) -> None:
        table: ProbingMap[int, str] = ProbingMap(8)
        for key in (3, 11, 19):
            table.put(key, f"v{key}")
        self.assertEqual(
            table._slots[3:6], [(3, "v3"), (11, "v11"), (19, "v19")],
            "3, 11 and 19 all start at slot 3: each should go to the next "
            "free slot, so they fill slots 3, 4 and 5")
        for key in (3, 11, 19):
            self.assertEqual(table.get(key), f"v{key}",
                             f"get({key}) should find it by probing from "
                             f"slot 3")
        self.assertEqual(len(table), 3)

    def test_wraps_around(self) -> None:
        table: ProbingMap[int, str] = ProbingMap(8)
        for key in (7, 15, 23):
            table.put(key, str(key))
        self.assertEqual(
            [table._slots[7], table._slots[0], table._slots[1]],
            [(7, "7"), (15, "15"), (23, "23")],
            "7, 15 and 23 start at the last slot, 7: probing goes on at "
            "slot 0, then 1")
        self.assertEqual(table.get(23), "23")

    def test_replace_value(self) -> None:
        table: ProbingMap[int, str] = ProbingMap(8)
        table.put(3, "a")
        table.put(11, "b")
        table.put(11, "c")
        self.assertEqual(table.get(11), "c",
                         "put with a key that is there replaces its value")
        self.assertEqual(len(table), 2,
                         "replacing a value does not add a key")

    def test_missing(self) -> None:
        table: ProbingMap[int, str] = ProbingMap(8)
        table.put(3, "a")
        with self.assertRaises(KeyError, msg="get of a missing key should "
                                             "raise KeyError"):
            table.get(11)
        with self.assertRaises(KeyError, msg="remove of a missing key should "
                                             "raise KeyError"):
            table.remove(11)
        self.assertNotIn(11, table)

    def test_remove_leaves_tombstone(self) -> None:
        table: ProbingMap[int, str] = ProbingMap(8)
        for key in (3, 11, 19):
            table.put(key, str(key))
        table.remove(11)
        self.assertIs(table._slots[4], DELETED,
                      "remove(11) should leave the tombstone DELETED in "
                      "slot 4, not None")
        self.assertEqual(len(table), 2)
        self.assertNotIn(11, table, "11 is still found after remove(11)")

    def test_search_steps_over_tombstone(self) -> None:
        table: ProbingMap[int, str] = ProbingMap(8)
        for key in (3, 11, 19):
            table.put(key, str(key))
        table.remove(11)
        self.assertEqual(
            table.get(19), "19",
            "after remove(11), get(19) should still find 19 in slot 5: a "
            "search steps over a tombstone and stops only at None")
        table.remove(3)
        self.assertEqual(table.get(19), "19")
        table.remove(19)
        self.assertEqual(len(table), 0)

    def test_put_reuses_tombstone(self) -> None:
        table: ProbingMap[int, str] = ProbingMap(8)
        for key in (3, 11, 19):
            table.put(key, str(key))
        table.remove(11)
        table.put(27, "27")
        self.assertEqual(table._slots[4], (27, "27"),
                         "27 also starts at slot 3: it should go into the "
                         "first tombstone on its path, slot 4")
        self.assertEqual(table.get(27), "27")
        self.assertEqual(len(table), 3)

    def test_no_duplicate_after_tombstone(self) -> None:
        table: ProbingMap[int, str] = ProbingMap(8)
        for key in (3, 11, 19):
            table.put(key, str(key))
        table.remove(11)
        table.put(19, "new")
        self.assertEqual(
            live(table), {3: "3", 19: "new"},
            "put(19, 'new') with a tombstone in slot 4 must first look "
            "further: 19 is already in slot 5, so its value is replaced "
            "there and nothing goes into the tombstone")
        self.assertEqual(len(table), 2)
        table.remove(19)
        self.assertNotIn(19, table, "19 is still found after remove(19)")

    def test_against_a_dict(self) -> None:
        rng = random.Random(6)
        table: ProbingMap[str, int] = ProbingMap(64)
        expected: dict[str, int] = {}
        words = [f"w{n}" for n in range(40)]
        for step in range(2000):
            word = rng.choice(words)
            if rng.random() < 0.4 and word in expected:
                table.remove(word)
                del expected[word]
            else:
                table.put(word, step)
                expected[word] = step
            if len(table) != len(expected):
                self.fail(f"after {step + 1} random puts and removes, "
                          f"len() is {len(table)}, not {len(expected)}")
        self.assertEqual(live(table), expected,
                         "after 2000 random puts and removes the slots "
                         "should hold exactly the pairs put and not removed")
        for word in words:
            if word in expected:
                self.assertEqual(table.get(word), expected[word])
            else:
                self.assertNotIn(word, table)


if __name__ == "__main__":
    unittest.main()
