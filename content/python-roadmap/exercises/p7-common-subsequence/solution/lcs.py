# Longest common subsequence with a 2-D table.
#
# grid[i][j] means: the LCS length of a[:i] and b[:j]
# built from: grid[i-1][j-1] + 1 if the letters match, else the bigger neighbour
# first entries: row 0 and column 0 are 0 (an empty text has nothing in common)


def lcs_length(a: str, b: str) -> int:
    grid = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                grid[i][j] = grid[i - 1][j - 1] + 1
            else:
                grid[i][j] = max(grid[i - 1][j], grid[i][j - 1])
    return grid[len(a)][len(b)]


if __name__ == "__main__":
    print(lcs_length("abcde", "ace"))   # 3
    print(lcs_length("dojo", "judo"))   # 2
