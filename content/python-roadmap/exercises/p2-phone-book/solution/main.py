book = {"Ada": "555-0101", "Alan": "555-0199", "Grace": "555-0123"}
while True:
    name = input()
    if not name:
        break
    print(name + ":", book.get(name, "unknown"))
