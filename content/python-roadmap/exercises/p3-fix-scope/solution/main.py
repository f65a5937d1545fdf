count = 0


def add_visit(count: int) -> int:
    return count + 1


for visitor in input().split():
    count = add_visit(count)
print("Visits:", count)
