count = 0


def add_visit(count: int) -> int:
    return count + 1


count = add_visit(count)
count = add_visit(count)
count = add_visit(count)
print("Visits:", count)
