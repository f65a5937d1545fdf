# Huffman codes, built by merging the two rarest groups again and again, with a heap.
import heapq
from collections import Counter


def huffman_codes(text: str) -> dict[str, str]:
    counts = Counter(text)
    if len(counts) == 1:
        return {letter: "0" for letter in counts}
    # (count, order, codes): order is unique, so two dictionaries are never compared.
    heap: list[tuple[int, int, dict[str, str]]] = []
    for order, (letter, count) in enumerate(counts.items()):
        heapq.heappush(heap, (count, order, {letter: ""}))
    order = len(heap)
    while len(heap) > 1:
        count_a, _, codes_a = heapq.heappop(heap)
        count_b, _, codes_b = heapq.heappop(heap)
        merged: dict[str, str] = {}
        for letter, code in codes_a.items():
            merged[letter] = "0" + code
        for letter, code in codes_b.items():
            merged[letter] = "1" + code
        heapq.heappush(heap, (count_a + count_b, order, merged))
        order += 1
    if not heap:
        return {}
    return heap[0][2]


if __name__ == "__main__":
    codes = huffman_codes("abracadabra")
    print(codes)
    print("".join(codes[letter] for letter in "abracadabra"))
