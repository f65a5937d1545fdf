# Plan:
#   the water above one column depends on: the highest column on its left and
#   on its right (itself included); the water reaches the lower of the two
#   steps: highest-so-far from the left, highest-so-far from the right, then
#          add min(left, right) - height for every column


def trapped_water(heights: list[int]) -> int:
    n = len(heights)
    if n == 0:
        return 0
    left = [0] * n
    right = [0] * n
    left[0] = heights[0]
    for i in range(1, n):
        left[i] = max(left[i - 1], heights[i])
    right[n - 1] = heights[n - 1]
    for i in range(n - 2, -1, -1):
        right[i] = max(right[i + 1], heights[i])
    return sum(min(left[i], right[i]) - heights[i] for i in range(n))


if __name__ == "__main__":
    print(trapped_water([3, 0, 2, 0, 4]))    # 7
