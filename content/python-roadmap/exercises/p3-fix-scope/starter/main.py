count = 0


def add_visit():
    count = count + 1


for visitor in input().split():
    add_visit()
print("Visits:", count)
