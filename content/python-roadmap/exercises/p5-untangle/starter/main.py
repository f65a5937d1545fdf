def noted(log: list[str], line: str) -> bool:
    log.append(line)
    return True


def report(orders: dict[str, list[int]], log: list[str]) -> dict[str, int]:
    return {name: total for name, total in ((name, sum(q for q in qs if q > 0)) for name, qs in orders.items() if noted(log, "checked " + name)) if total > 0 or not noted(log, "nothing for " + name)}


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
