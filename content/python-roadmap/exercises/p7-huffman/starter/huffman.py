# Huffman codes, built by merging the two rarest groups again and again, with a heap.
import heapq
from collections import Counter


def huffman_codes(text: str) -> dict[str, str]:
    counts = Counter(text)
    # One group per letter on a heap: (count, order, {letter: ""}).
    # While more than one group is left: pop the two smallest, put "0" and "1"
    # in front of their codes, push the merged group.
    return {}


if __name__ == "__main__":
    codes = huffman_codes("abracadabra")
    print(codes)
