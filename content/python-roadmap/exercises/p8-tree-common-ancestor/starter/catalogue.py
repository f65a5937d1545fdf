class TreeNode:
    def __init__(self, key: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.key = key
        self.left = left
        self.right = right


# Plan:
#   by hand:
#   both searches go left when:
#   they part when:


def meeting_point(root: TreeNode, a: int, b: int) -> int:
    # Replace this line with your plan, step by step.
    return root.key


if __name__ == "__main__":
    shelf = TreeNode(6, TreeNode(2, TreeNode(0), TreeNode(4, TreeNode(3), TreeNode(5))),
                     TreeNode(8, TreeNode(7), TreeNode(9)))
    print(meeting_point(shelf, 2, 8))    # 6
    print(meeting_point(shelf, 3, 5))    # 4
    print(meeting_point(shelf, 2, 5))    # 2
