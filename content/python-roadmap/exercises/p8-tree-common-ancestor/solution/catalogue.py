class TreeNode:
    def __init__(self, key: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.key = key
        self.left = left
        self.right = right


# Plan:
#   by hand: 2 and 8 part at 6; 3 and 5 at 4; the search for 5 passes 2
#   both searches go left when: both keys are smaller than the node's key
#   they part when: one key is smaller and one bigger, or one equals the node


def meeting_point(root: TreeNode, a: int, b: int) -> int:
    node = root
    while True:
        if a < node.key and b < node.key and node.left is not None:
            node = node.left
        elif a > node.key and b > node.key and node.right is not None:
            node = node.right
        else:
            return node.key


if __name__ == "__main__":
    shelf = TreeNode(6, TreeNode(2, TreeNode(0), TreeNode(4, TreeNode(3), TreeNode(5))),
                     TreeNode(8, TreeNode(7), TreeNode(9)))
    print(meeting_point(shelf, 2, 8))    # 6
    print(meeting_point(shelf, 3, 5))    # 4
    print(meeting_point(shelf, 2, 5))    # 2
