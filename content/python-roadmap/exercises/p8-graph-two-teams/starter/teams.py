from collections import deque

# Plan:
#   by hand:
#   the walk:
#   written down for each pupil:
#   the answer is False when:


def two_teams(rivals: dict[str, list[str]]) -> bool:
    # Replace this line with your plan, step by step.
    return True


if __name__ == "__main__":
    print(two_teams({"Ana": ["Ben", "Dan"], "Ben": ["Ana", "Cas"],
                     "Cas": ["Ben", "Dan"], "Dan": ["Cas", "Ana"]}))             # True
    print(two_teams({"Ana": ["Ben", "Cas"], "Ben": ["Ana", "Cas"], "Cas": ["Ana", "Ben"]}))  # False
