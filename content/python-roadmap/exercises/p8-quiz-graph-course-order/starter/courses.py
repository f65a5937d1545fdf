# An order for courses with prerequisites (a topological order).


def course_order(courses: list[str], before: list[tuple[str, str]]) -> list[str] | None:
    # For each course: which courses come after it, and how many must come before it.
    return None


if __name__ == "__main__":
    print(course_order(["sql", "python", "web", "git"],
                       [("python", "web"), ("sql", "web"), ("git", "python")]))
    print(course_order(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")]))
