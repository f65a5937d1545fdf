class TreeNode:
    def __init__(self, value: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.value = value
        self.left = left
        self.right = right


# Plan:
#   by hand:
#   the question about two trees:
#   smallest cases:


def is_mirror(root: TreeNode | None) -> bool:
    # Replace this line with your plan, step by step.
    return root is None


if __name__ == "__main__":
    maze = TreeNode(1, TreeNode(2, TreeNode(3), TreeNode(4)), TreeNode(2, TreeNode(4), TreeNode(3)))
    print(is_mirror(maze))        # True
    lopsided = TreeNode(1, TreeNode(2, None, TreeNode(3)), TreeNode(2, None, TreeNode(3)))
    print(is_mirror(lopsided))    # False
