# Binary search on the answer: the smallest daily page limit that finishes the book.


def fits(chapters: list[int], limit: int, days: int) -> bool:
    # Count the days needed when each day holds as many whole chapters
    # as fit under limit. Enough days?
    return False


def smallest_limit(chapters: list[int], days: int) -> int:
    low = max(chapters)          # no smaller limit can work
    high = sum(chapters)         # this one always works
    # Find the first limit in low..high for which fits(...) is True.
    return high


if __name__ == "__main__":
    chapters = [30, 10, 40, 20, 50]
    print(fits(chapters, 60, 3), fits(chapters, 59, 3))
    print(smallest_limit(chapters, 3))
