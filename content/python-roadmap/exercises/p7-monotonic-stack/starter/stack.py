# Monotonic stacks: each day waits on a stack until it gets its answer.


def next_higher_price(prices: list[int]) -> list[int]:
    answer = [-1] * len(prices)
    waiting: list[int] = []   # days (indexes) still waiting for a higher price
    # For each day: pop every waiting day with a lower price, answer it; push today.
    return answer


def stock_span(prices: list[int]) -> list[int]:
    ...


if __name__ == "__main__":
    print(next_higher_price([7, 3, 5, 8, 2]))
    print(stock_span([100, 80, 60, 70, 60, 75, 85]))
