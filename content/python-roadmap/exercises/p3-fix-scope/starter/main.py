count = 0


def add_visit():
    count = count + 1


add_visit()
add_visit()
add_visit()
print("Visits:", count)
