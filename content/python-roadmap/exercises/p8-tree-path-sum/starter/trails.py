class TreeNode:
    def __init__(self, value: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.value = value
        self.left = left
        self.right = right


# Plan:
#   by hand:
#   carried down:
#   at a leaf:


def count_paths(root: TreeNode | None, target: int) -> int:
    # Replace this line with your plan, step by step.
    return 0


if __name__ == "__main__":
    resort = TreeNode(5, TreeNode(4, TreeNode(11), TreeNode(2)), TreeNode(8, TreeNode(7)))
    print(count_paths(resort, 20))    # 2
