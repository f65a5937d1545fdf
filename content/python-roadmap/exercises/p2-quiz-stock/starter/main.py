count = int(input())
stock: dict[str, int] = {}
# read each delivery and add its quantity to the item's total
# then print the report in alphabetical order, with f-string alignment
