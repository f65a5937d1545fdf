import heapq
import random
import unittest
from collections import Counter

from huffman import huffman_codes


def shortest_total(text):
    """The fewest bits any prefix-free code needs for text (Huffman's total)."""
    counts = list(Counter(text).values())
    if len(counts) == 1:
        return counts[0]
    heapq.heapify(counts)
    total = 0
    while len(counts) > 1:
        merged = heapq.heappop(counts) + heapq.heappop(counts)
        total += merged
        heapq.heappush(counts, merged)
    return total


class HuffmanTests(unittest.TestCase):
    def check(self, text):
        codes = huffman_codes(text)
        where = f"huffman_codes({text!r})"
        self.assertIsInstance(codes, dict, f"{where} should return a dictionary")
        self.assertEqual(set(codes), set(text), f"{where} should give a code to every letter of the text, and only those")
        for letter, code in codes.items():
            self.assertTrue(code and set(code) <= {"0", "1"},
                            f"{where}: the code {code!r} of {letter!r} should be a non-empty string of 0s and 1s")
        for a, code_a in codes.items():
            for b, code_b in codes.items():
                if a != b:
                    self.assertFalse(code_b.startswith(code_a),
                                     f"{where}: {code_a!r} (for {a!r}) is the start of {code_b!r} "
                                     f"(for {b!r}), so a reader cannot tell where a code ends. Put "
                                     "0 and 1 in front of the codes of the two groups you merge")
        total = sum(len(codes[letter]) for letter in text)
        best = shortest_total(text)
        self.assertEqual(total, best,
                         f"{where} encodes the text in {total} bits, but {best} is possible. Merge "
                         "the two groups with the SMALLEST counts each time (two heappop calls)")

    def test_example(self):
        codes = huffman_codes("abracadabra")
        self.assertEqual(len(codes.get("a", "")), 1, "'a' is by far the most common letter: it gets a one-bit code")
        self.check("abracadabra")

    def test_decodes(self):
        text = "she sells sea shells"
        codes = huffman_codes(text)
        self.check(text)
        bits = "".join(codes[letter] for letter in text)
        back = {code: letter for letter, code in codes.items()}
        decoded, current = "", ""
        for bit in bits:
            current += bit
            if current in back:
                decoded += back[current]
                current = ""
        self.assertEqual(decoded, text, "Reading the bits back with your codes should give the text again")

    def test_small(self):
        self.assertEqual(huffman_codes(""), {}, "An empty text: {}")
        self.assertEqual(huffman_codes("zzzz"), {"z": "0"}, "One distinct letter gets the code '0'")
        self.check("ab")
        self.check("aab")

    def test_skewed(self):
        self.check("a" * 32 + "b" * 16 + "c" * 8 + "d" * 4 + "e" * 2 + "f" + "g")

    def test_random(self):
        rng = random.Random(29)
        for _ in range(30):
            letters = "abcdefghij"[:rng.randint(2, 10)]
            text = "".join(rng.choice(letters) * rng.randint(1, 5) for _ in range(rng.randint(2, 40)))
            self.check(text)


if __name__ == "__main__":
    unittest.main()
