visits = []
while True:
    name = input()
    if not name:
        break
    visits.append(name)

unique = set(visits)
print("Visits:", len(visits))
print("Unique visitors:", len(unique))
print(sorted(unique))
