# Longest common subsequence with a 2-D table.
#
# grid[i][j] means: the LCS length of a[:i] and b[:j]
# built from: ... (what if a[i - 1] == b[j - 1]? what if not?)
# first entries: row 0 and column 0 are 0 (an empty text has nothing in common)


def lcs_length(a: str, b: str) -> int:
    ...


if __name__ == "__main__":
    print(lcs_length("abcde", "ace"))   # 3
    print(lcs_length("dojo", "judo"))   # 2
