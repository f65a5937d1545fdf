class TreeNode:
    def __init__(self, value: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.value = value
        self.left = left
        self.right = right


# Plan:
#   by hand:
#   at the highest cave of a walk I need:
#   steps:


def longest_walk(root: TreeNode | None) -> int:
    # Replace this line with your plan, step by step.
    return 0


if __name__ == "__main__":
    cave = TreeNode(1, TreeNode(2, TreeNode(4, TreeNode(6)), TreeNode(5, None, TreeNode(7))), TreeNode(3))
    print(longest_walk(cave))    # 4
