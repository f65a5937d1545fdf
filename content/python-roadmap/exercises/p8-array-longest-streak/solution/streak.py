# Plan:
#   by hand: 2 3 4 5 is a run of 4 (3 twice counts once); 99 100 a run of 2
#   steps: put the days in a set; a run starts at a day whose day before is
#          missing; from each start, count up while the next day is in the set


def longest_streak(days: list[int]) -> int:
    practised = set(days)
    best = 0
    for day in practised:
        if day - 1 not in practised:
            length = 1
            while day + length in practised:
                length += 1
            if length > best:
                best = length
    return best


if __name__ == "__main__":
    print(longest_streak([5, 2, 99, 3, 4, 100, 3]))    # 4
