# Binary search on the answer: the smallest daily page limit that finishes the book.


def fits(chapters: list[int], limit: int, days: int) -> bool:
    used = 1
    today = 0
    for pages in chapters:
        if pages > limit:
            return False
        if today + pages > limit:
            used += 1
            today = 0
        today += pages
    return used <= days


def smallest_limit(chapters: list[int], days: int) -> int:
    low = max(chapters)          # no smaller limit can work
    high = sum(chapters)         # this one always works
    while low < high:
        middle = (low + high) // 2
        if fits(chapters, middle, days):
            high = middle
        else:
            low = middle + 1
    return low


if __name__ == "__main__":
    chapters = [30, 10, 40, 20, 50]
    print(fits(chapters, 60, 3), fits(chapters, 59, 3))
    print(smallest_limit(chapters, 3))
