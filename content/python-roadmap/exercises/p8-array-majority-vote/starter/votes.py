# Plan:
#   a winner needs:
#   steps:


def majority(votes: list[str]) -> str | None:
    # Replace this line with your plan, step by step.
    return None


if __name__ == "__main__":
    print(majority(["Ada", "Bo", "Ada", "Cy", "Ada"]))   # Ada
    print(majority(["Ada", "Bo", "Ada", "Bo"]))          # None
