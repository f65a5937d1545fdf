class TreeNode:
    def __init__(self, value: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.value = value
        self.left = left
        self.right = right


# Plan:
#   by hand: 5+4+11 = 20, 5+4+2 = 11, 5+8+7 = 20: two runs of 20
#   carried down: the drop so far, including this node
#   at a leaf: the run counts 1 if the drop so far is the target, else 0;
#              elsewhere add up the runs of both children


def count_from(node: TreeNode | None, target: int, so_far: int) -> int:
    if node is None:
        return 0
    so_far += node.value
    if node.left is None and node.right is None:
        return 1 if so_far == target else 0
    return count_from(node.left, target, so_far) + count_from(node.right, target, so_far)


def count_paths(root: TreeNode | None, target: int) -> int:
    return count_from(root, target, 0)


if __name__ == "__main__":
    resort = TreeNode(5, TreeNode(4, TreeNode(11), TreeNode(2)), TreeNode(8, TreeNode(7)))
    print(count_paths(resort, 20))    # 2
