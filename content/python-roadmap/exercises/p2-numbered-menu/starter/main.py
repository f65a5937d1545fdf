dishes = ["Soup", "Salad", "Pasta"]
# for number, dish in enumerate(...):
