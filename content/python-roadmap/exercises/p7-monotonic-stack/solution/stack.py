# Monotonic stacks: each day waits on a stack until it gets its answer.


def next_higher_price(prices: list[int]) -> list[int]:
    answer = [-1] * len(prices)
    waiting: list[int] = []   # days (indexes) still waiting for a higher price
    for today, price in enumerate(prices):
        while waiting and prices[waiting[-1]] < price:
            answer[waiting.pop()] = price
        waiting.append(today)
    return answer


def stock_span(prices: list[int]) -> list[int]:
    spans: list[int] = []
    higher: list[int] = []    # days with a higher price than every day after them
    for today, price in enumerate(prices):
        while higher and prices[higher[-1]] <= price:
            higher.pop()
        spans.append(today - higher[-1] if higher else today + 1)
        higher.append(today)
    return spans


if __name__ == "__main__":
    print(next_higher_price([7, 3, 5, 8, 2]))
    print(stock_span([100, 80, 60, 70, 60, 75, 85]))
