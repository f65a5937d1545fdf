# Plan:
#   by hand:
#   smaller question about one plot:
#   steps:


def largest_square(plots: list[str]) -> int:
    # Replace this line with your plan, step by step.
    return 1 if any("." in row for row in plots) else 0


if __name__ == "__main__":
    print(largest_square(["..#....",
                          "...#...",
                          "....###",
                          ".....#.",
                          "#....##"]))    # 3
