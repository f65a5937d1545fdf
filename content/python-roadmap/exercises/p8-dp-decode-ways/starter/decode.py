# Plan:
#   by hand:
#   smaller question:
#   how it is built:


def count_decodings(digits: str) -> int:
    # Replace this line with your plan, step by step.
    return 1


if __name__ == "__main__":
    print(count_decodings("226"))    # 3
    print(count_decodings("106"))    # 1
