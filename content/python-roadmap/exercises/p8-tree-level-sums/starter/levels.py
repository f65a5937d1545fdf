from collections import deque

class TreeNode:
    def __init__(self, value: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.value = value
        self.left = left
        self.right = right


# Plan:
#   by hand:
#   the walk:
#   where a level ends:


def level_sums(root: TreeNode | None) -> list[int]:
    # Replace this line with your plan, step by step.
    return []


if __name__ == "__main__":
    chart = TreeNode(9, TreeNode(4, TreeNode(2), None), TreeNode(5, None, TreeNode(3)))
    print(level_sums(chart))    # [9, 9, 5]
