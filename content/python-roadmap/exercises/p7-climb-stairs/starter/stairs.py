# How many ways to climb n steps?
#
# What does ways[i] mean?
# How is ways[i] built from smaller entries?
# What are the first entries?


def count_ways(n: int) -> int:
    ...


def count_ways_3(n: int) -> int:
    ...


if __name__ == "__main__":
    for steps in range(6):
        print(steps, count_ways(steps), count_ways_3(steps))
