# How many ways to climb n steps?
#
# What does ways[i] mean?          the number of ways to stand on step i
# How is ways[i] built?            ways[i - 1] + ways[i - 2] (+ ways[i - 3])
# What are the first entries?      ways[0] = 1 (do nothing), ways[1] = 1


def count_ways(n: int) -> int:
    ways = [1, 1] + [0] * n
    for i in range(2, n + 1):
        ways[i] = ways[i - 1] + ways[i - 2]
    return ways[n]


def count_ways_3(n: int) -> int:
    ways = [1] + [0] * n
    for i in range(1, n + 1):
        for size in (1, 2, 3):
            if i >= size:
                ways[i] += ways[i - size]
    return ways[n]


if __name__ == "__main__":
    for steps in range(6):
        print(steps, count_ways(steps), count_ways_3(steps))
