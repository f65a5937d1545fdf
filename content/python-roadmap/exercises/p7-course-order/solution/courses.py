# Topological sort: an order of courses where each comes after what it needs.
from collections import deque


def study_order(needs: dict[str, list[str]]) -> list[str] | None:
    unlocks: dict[str, list[str]] = {course: [] for course in needs}
    waiting: dict[str, int] = {}
    for course, firsts in needs.items():
        waiting[course] = len(firsts)
        for first in firsts:
            unlocks[first].append(course)
    ready = deque(course for course in needs if waiting[course] == 0)
    order: list[str] = []
    while ready:
        course = ready.popleft()
        order.append(course)
        for later in unlocks[course]:
            waiting[later] -= 1
            if waiting[later] == 0:
                ready.append(later)
    if len(order) < len(needs):
        return None
    return order


if __name__ == "__main__":
    print(study_order({"Algebra 1": [], "Algebra 2": ["Algebra 1"],
                       "Physics": ["Algebra 1"], "Mechanics": ["Physics", "Algebra 2"]}))
