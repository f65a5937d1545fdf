# Plan:
#   by hand: 2 5 7 101, or 2 3 7 18: four; no five
#   smaller question: longest[i] = the longest rising choice ending at i
#   steps: longest[i] = 1 + the best longest[j] with j < i and a lower
#          height; the answer is the largest longest[i]


def longest_rise(heights: list[int]) -> int:
    longest = [1] * len(heights)
    for i in range(len(heights)):
        for j in range(i):
            if heights[j] < heights[i] and longest[j] + 1 > longest[i]:
                longest[i] = longest[j] + 1
    return max(longest, default=0)


if __name__ == "__main__":
    print(longest_rise([10, 9, 2, 5, 3, 7, 101, 18]))    # 4
