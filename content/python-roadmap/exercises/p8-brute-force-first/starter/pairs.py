# Plan:
#   by hand:
#   slow (every pair):
#   fast (what to remember while walking once):


def slow_pair_count(numbers: list[int], target: int) -> int:
    # Write this one FIRST: the simplest way you are sure is right.
    return 0


def fast_pair_count(numbers: list[int], target: int) -> int:
    # Then this one: the same answers, fast enough for 200,000 numbers.
    return 0


if __name__ == "__main__":
    print(slow_pair_count([3, 1, 4, 1, 5], 5))    # 2
    print(fast_pair_count([3, 1, 4, 1, 5], 5))    # 2
