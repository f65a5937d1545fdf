from collections import deque

# Plan:
#   a position (state):
#   the states that follow one state:
#   the walk:


def fewest_pours(small: int, large: int, target: int) -> int:
    # Replace this line with your plan, step by step.
    return 0


if __name__ == "__main__":
    print(fewest_pours(3, 5, 4))    # 6
    print(fewest_pours(4, 6, 3))    # -1
