dishes = ["Soup", "Salad", "Pasta"]
for number, dish in enumerate(dishes, start=1):
    print(f"{number}. {dish}")
choice = int(input())
print(f"You chose {dishes[choice - 1]}.")
