import random
import unittest

from runs import expand, squeeze


class SqueezeTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(squeeze("aaabccddddd"), "a3bc2d5")

    def test_no_runs(self):
        self.assertEqual(squeeze("abc"), "abc", "Letters that appear once are written alone, without 1")
        self.assertEqual(squeeze(""), "", "An empty text squeezes to an empty text")

    def test_long_run(self):
        self.assertEqual(squeeze("z" * 12), "z12", "A run of 12 is written with both digits: z12")
        self.assertEqual(squeeze("q" * 100 + "r"), "q100r")

    def test_same_letter_again_later(self):
        self.assertEqual(squeeze("aabaa"), "a2ba2", "Each run is counted on its own, even of a letter seen before")

    def test_case(self):
        self.assertEqual(squeeze("aAaa"), "aAa2", "Upper and lower case are different letters")


class ExpandTests(unittest.TestCase):
    def test_example(self):
        self.assertEqual(expand("a3bc2d5"), "aaabccddddd")

    def test_many_digits(self):
        self.assertEqual(expand("z12"), "z" * 12, "All the digits after a letter make one number: z12 is 12 z's")
        self.assertEqual(expand("x10y"), "x" * 10 + "y")

    def test_plain(self):
        self.assertEqual(expand("abc"), "abc", "A letter without a number stands for itself, once")
        self.assertEqual(expand(""), "")

    def test_round_trip(self):
        rng = random.Random(8)
        for _ in range(300):
            text = "".join(rng.choice("aabB") * rng.randint(1, 14) for _ in range(rng.randint(0, 8)))
            self.assertEqual(expand(squeeze(text)), text, f"expand(squeeze({text!r})) must give the text back")

    def test_long_text(self):
        text = ("ab" * 50_000) + ("c" * 100_000)
        code = squeeze(text)
        self.assertTrue(code.endswith("c100000"), "A run of 100,000 c's is written c100000")
        self.assertEqual(expand(code), text)


if __name__ == "__main__":
    unittest.main()
