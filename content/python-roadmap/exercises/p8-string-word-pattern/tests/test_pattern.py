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

from pattern import follows

SLOW = ("comparing every position with every other one is far too slow for "
        "100,000 words. Walk once and remember each letter's word in a dict.")


class PatternTests(unittest.TestCase):
    def test_examples(self):
        self.assertTrue(follows("abba", "dog cat cat dog"), "a is dog, b is cat, everywhere")
        self.assertFalse(follows("abba", "dog dog dog dog"),
                         "a and b are different letters, so their words must differ")

    def test_same_letter_same_word(self):
        self.assertFalse(follows("abba", "dog cat cat fish"), "Both a's must be the same word")
        self.assertFalse(follows("aaaa", "dog cat cat dog"), "Every a must be the same word")
        self.assertTrue(follows("aaaa", "hey hey hey hey"), "Every a is hey")

    def test_lengths(self):
        self.assertFalse(follows("abc", "one two"), "Three letters need three words")
        self.assertFalse(follows("ab", "one two three"), "Two letters need two words")

    def test_empty_and_one(self):
        self.assertTrue(follows("", ""), "The empty pattern is followed by the empty sentence")
        self.assertFalse(follows("", "word"), "The empty pattern has no room for a word")
        self.assertFalse(follows("a", ""), "One letter needs one word")
        self.assertTrue(follows("z", "anything"), "One letter, one word")

    def test_words_are_exact(self):
        self.assertTrue(follows("ab", "Dog dog"), "'Dog' and 'dog' are different words")

    def test_long_verse(self):
        pattern = "abcd" * 25_000
        sentence = " ".join(["sun", "moon", "star", "sky"] * 25_000)
        self.assertTrue(in_time(self, SLOW, follows, pattern, sentence), "100,000 words that follow the pattern")
        broken = sentence[:-3] + "sun"
        self.assertFalse(in_time(self, SLOW, follows, pattern, broken),
                         "The very last word breaks the pattern: d cannot be 'sun', a is")


if __name__ == "__main__":
    unittest.main()
