from collections import deque

# Plan:
#   by hand:
#   the walk:
#   several first pupils:


def minutes_to_spread(friends: dict[str, list[str]], first: list[str]) -> int:
    # Replace this line with your plan, step by step.
    return 0


if __name__ == "__main__":
    school = {"Ada": ["Bo"], "Bo": ["Ada", "Cy"], "Cy": ["Bo", "Di"],
              "Di": ["Cy", "Eli"], "Eli": ["Di"]}
    print(minutes_to_spread(school, ["Ada"]))            # 4
    print(minutes_to_spread(school, ["Ada", "Eli"]))     # 2
