class TreeNode:
    def __init__(self, value: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.value = value
        self.left = left
        self.right = right


# Plan:
#   by hand: folding, left.left meets right.right, left.right meets right.left
#   the question about two trees: is a the mirror image of b?
#   smallest cases: both empty: yes; one empty: no; two nodes: same value and
#                   a.left mirrors b.right and a.right mirrors b.left


def mirrored(a: TreeNode | None, b: TreeNode | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.value == b.value and mirrored(a.left, b.right) and mirrored(a.right, b.left)


def is_mirror(root: TreeNode | None) -> bool:
    return root is None or mirrored(root.left, root.right)


if __name__ == "__main__":
    maze = TreeNode(1, TreeNode(2, TreeNode(3), TreeNode(4)), TreeNode(2, TreeNode(4), TreeNode(3)))
    print(is_mirror(maze))        # True
    lopsided = TreeNode(1, TreeNode(2, None, TreeNode(3)), TreeNode(2, None, TreeNode(3)))
    print(is_mirror(lopsided))    # False
