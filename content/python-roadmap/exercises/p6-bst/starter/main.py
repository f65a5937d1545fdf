class TreeNode:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: TreeNode | None = None
        self.right: TreeNode | None = None


class BST:
    def __init__(self) -> None:
        self.root: TreeNode | None = None
        self._size = 0

    # insert, __contains__, __len__, min, max


if __name__ == "__main__":
    tree = BST()
    for key in [8, 3, 10, 1, 6, 14, 4]:
        tree.insert(key)
    print(len(tree), 6 in tree, 7 in tree)
    print(tree.min(), tree.max())
    print(tree.insert(6))
