import threading
import unittest

# A good plan answers every case here in well under a second. Each big case
# runs in a thread of its own with a budget, so that a slow plan ends with the
# test's own words, long before the run's time limit stops everything. (A
# thread left running ends with the run; while it runs, later big cases fail
# at once with the same words instead of piling up beside it.)
BUDGET_S = 10.0
RUNAWAYS = []


def in_time(test: unittest.TestCase, slow: str, func, *args):
    """func(*args), or a failure that says `slow` after BUDGET_S seconds."""
    name = getattr(func, "shown_as", f"`{func.__name__}`")
    if any(worker.is_alive() for worker in RUNAWAYS):
        test.fail(f"{name} is still busy with an earlier input that took more than "
                  f"{BUDGET_S:g} seconds: {slow}")
    outcome = {}

    def call():
        try:
            outcome["value"] = func(*args)
        except RecursionError:
            outcome["deep"] = True
        except (MemoryError, SystemError):
            # Python reports running out of memory in a thread either way.
            outcome["memory"] = True
        except BaseException as error:
            outcome["error"] = error

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(BUDGET_S)
    if worker.is_alive():
        RUNAWAYS.append(worker)
        test.fail(f"{name} took more than {BUDGET_S:g} seconds: {slow}")
    if "deep" in outcome:
        test.fail(f"{name} called itself so deeply that Python stopped it "
                  f"(`RecursionError`): {slow}")
    if "memory" in outcome:
        test.fail(f"{name} ran out of memory: {slow}")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]

import itertools

from ladder import ladder_length

WORDS = {"cord", "card", "ward", "warm", "worm", "word", "wore"}
SLOW = ("comparing each word with every other word to find its neighbours is far "
        "too slow for 10,000 words. Make the words that differ in one letter "
        "(each position, each letter a to z) and ask the set whether they are words.")


class LadderTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(ladder_length("cold", "warm", WORDS), 5, "cold cord card ward warm")

    def test_one_step(self):
        self.assertEqual(ladder_length("word", "worm", WORDS), 2, "word -> worm is one change: 2 words")

    def test_same_word(self):
        self.assertEqual(ladder_length("warm", "warm", WORDS), 1, "start == goal: a ladder of one word")

    def test_no_ladder(self):
        self.assertEqual(ladder_length("cold", "heat", WORDS), 0, "'heat' is not an allowed word: 0")
        self.assertEqual(ladder_length("cold", "warm", {"warm"}), 0, "No words in between: 0")
        self.assertEqual(ladder_length("cold", "warm", set()), 0, "No allowed words at all: 0")

    def test_shortest_not_first_found(self):
        words = {"bat", "cat", "cot", "cog", "dog", "bot", "bog"}
        self.assertEqual(ladder_length("bat", "dog", words), 4,
                         "bat bot bog dog has 4 words; longer ladders exist, count the shortest")

    def test_ten_thousand_words(self):
        words = {"".join(letters) for letters in itertools.product("abcdefghij", repeat=4)}
        self.assertEqual(in_time(self, SLOW, ladder_length, "aaaa", "jjjj", words), 5,
                         "10,000 words: aaaa to jjjj changes each of the four letters once")
        words.discard("jjjj")
        self.assertEqual(in_time(self, SLOW, ladder_length, "aaaa", "jjjj", words), 0,
                         "10,000 words without 'jjjj': no ladder")


if __name__ == "__main__":
    unittest.main()
