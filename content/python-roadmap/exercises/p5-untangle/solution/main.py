def report(orders: dict[str, list[int]], log: list[str]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for name, quantities in orders.items():
        log.append("checked " + name)

        total = 0
        for quantity in quantities:
            if quantity > 0:  # a negative quantity is a return: skip it
                total += quantity

        if total > 0:
            totals[name] = total
        else:
            log.append("nothing for " + name)
    return totals


if __name__ == "__main__":
    orders: dict[str, list[int]] = {}
    for i in range(int(input())):
        words = input().split()
        name = words[0]
        orders[name] = []
        for word in words[1:]:
            orders[name].append(int(word))
    log: list[str] = []
    print(report(orders, log))
    for line in log:
        print(line)
