from collections import deque

# Plan:
#   a position (state): the litres in both jugs, (a, b); start (0, 0)
#   the states that follow one state: fill either, empty either, pour either
#                                     way as far as it goes
#   the walk: breadth-first, with a dict of the steps to each state seen


def fewest_pours(small: int, large: int, target: int) -> int:
    steps = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        a, b = queue.popleft()
        if a == target or b == target:
            return steps[(a, b)]
        into_large = min(a, large - b)
        into_small = min(b, small - a)
        for state in ((small, b), (a, large), (0, b), (a, 0),
                      (a - into_large, b + into_large), (a + into_small, b - into_small)):
            if state not in steps:
                steps[state] = steps[(a, b)] + 1
                queue.append(state)
    return -1


if __name__ == "__main__":
    print(fewest_pours(3, 5, 4))    # 6
    print(fewest_pours(4, 6, 3))    # -1
