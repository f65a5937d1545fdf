# Topological sort: an order of courses where each comes after what it needs.
from collections import deque


def study_order(needs: dict[str, list[str]]) -> list[str] | None:
    # 1. unlocks: for each course, the courses that need it.
    # 2. waiting: for each course, how many courses it still needs.
    # 3. Start with the courses that wait for nothing; take them one by one.
    # 4. Fewer courses in the order than in needs? A cycle: return None.
    return None


if __name__ == "__main__":
    print(study_order({"Algebra 1": [], "Algebra 2": ["Algebra 1"],
                       "Physics": ["Algebra 1"], "Mechanics": ["Physics", "Algebra 2"]}))
