# Bubble sort: swap neighbours that are out of order, pass after pass.


def bubble_sort(people: list[tuple[str, int]]) -> list[tuple[str, int]]:
    result = list(people)            # a copy: leave the caller's list alone
    end = len(result) - 1
    swapped = True
    while swapped:
        swapped = False
        for i in range(end):
            if result[i][1] > result[i + 1][1]:
                result[i], result[i + 1] = result[i + 1], result[i]
                swapped = True
        end -= 1
    return result


if __name__ == "__main__":
    print(bubble_sort([("Ada", 36), ("Bob", 30), ("Cy", 25), ("Dee", 30)]))
