# An order for courses with prerequisites (a topological order).
import heapq


def course_order(courses: list[str], before: list[tuple[str, str]]) -> list[str] | None:
    after: dict[str, list[str]] = {course: [] for course in courses}
    waiting: dict[str, int] = {course: 0 for course in courses}
    for first, then in before:
        after[first].append(then)
        waiting[then] += 1
    free = [course for course in courses if waiting[course] == 0]
    heapq.heapify(free)
    order: list[str] = []
    while free:
        course = heapq.heappop(free)
        order.append(course)
        for nxt in after[course]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(free, nxt)
    if len(order) < len(courses):
        return None
    return order


if __name__ == "__main__":
    print(course_order(["sql", "python", "web", "git"],
                       [("python", "web"), ("sql", "web"), ("git", "python")]))
    print(course_order(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")]))
