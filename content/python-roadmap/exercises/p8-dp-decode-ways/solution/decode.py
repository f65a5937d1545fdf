# Plan:
#   by hand: 226: 2 2 6, 22 6, 2 26; 106: only 10 6; 11111: 8 readings
#   smaller question: ways[i] = readings of the first i digits; ways[0] = 1
#   how it is built: ways[i] = ways[i - 1] if digit i is 1-9
#                           + ways[i - 2] if the last two digits are 10-26


def count_decodings(digits: str) -> int:
    ways = [0] * (len(digits) + 1)
    ways[0] = 1
    for i in range(1, len(digits) + 1):
        if digits[i - 1] != "0":
            ways[i] += ways[i - 1]
        if i >= 2 and 10 <= int(digits[i - 2:i]) <= 26:
            ways[i] += ways[i - 2]
    return ways[len(digits)]


if __name__ == "__main__":
    print(count_decodings("226"))    # 3
    print(count_decodings("106"))    # 1
