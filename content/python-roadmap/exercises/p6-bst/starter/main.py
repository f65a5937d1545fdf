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
    for word in input().split():
        if not tree.insert(int(word)):
            print(word, "is already in the tree")
    print(len(tree), "keys from", tree.min(), "to", tree.max())
    for word in input().split():
        print(word, int(word) in tree)
