# Plan:
#   by hand: green 2, blue 5, green 3 = 10; for (1, 2, 100), (1, 100, 100)
#            red-first costs 101, green then red costs 3
#   smaller question: the cheapest street so far if its last house is red,
#                     green or blue
#   steps: each house: red = its red price + min(green, blue) so far, and so
#          on; the answer is the smallest of the three


def cheapest_paint(costs: list[tuple[int, int, int]]) -> int:
    red, green, blue = 0, 0, 0
    for red_price, green_price, blue_price in costs:
        red, green, blue = (red_price + min(green, blue),
                            green_price + min(red, blue),
                            blue_price + min(red, green))
    return min(red, green, blue)


if __name__ == "__main__":
    print(cheapest_paint([(17, 2, 17), (16, 16, 5), (14, 3, 19)]))    # 10
