class TreeNode:
    def __init__(self, value: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.value = value
        self.left = left
        self.right = right


# Plan:
#   by hand: 6-4-2-5-7 has 4 passages and turns at 2
#   at the highest cave of a walk I need: the height of its left part and of
#                                         its right part; the walk is their sum
#   steps: one recursive function returns a part's height (in caves) and keeps
#          the best left + right seen so far in a list of one number


def height(node: TreeNode | None, best: list[int]) -> int:
    if node is None:
        return 0
    left = height(node.left, best)
    right = height(node.right, best)
    if left + right > best[0]:
        best[0] = left + right
    return 1 + max(left, right)


def longest_walk(root: TreeNode | None) -> int:
    best = [0]
    height(root, best)
    return best[0]


if __name__ == "__main__":
    cave = TreeNode(1, TreeNode(2, TreeNode(4, TreeNode(6)), TreeNode(5, None, TreeNode(7))), TreeNode(3))
    print(longest_walk(cave))    # 4
