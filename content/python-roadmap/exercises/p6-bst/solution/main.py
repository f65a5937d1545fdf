class TreeNode:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: TreeNode | None = None
        self.right: TreeNode | None = None


class BST:
    def __init__(self) -> None:
        self.root: TreeNode | None = None
        self._size = 0

    def insert(self, key: int) -> bool:
        if self.root is None:
            self.root = TreeNode(key)
            self._size += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            if key < node.key:
                if node.left is None:
                    node.left = TreeNode(key)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(key)
                    break
                node = node.right
        self._size += 1
        return True

    def __contains__(self, key: int) -> bool:
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def __len__(self) -> int:
        return self._size

    def min(self) -> int:
        if self.root is None:
            raise ValueError("empty tree")
        node = self.root
        while node.left is not None:
            node = node.left
        return node.key

    def max(self) -> int:
        if self.root is None:
            raise ValueError("empty tree")
        node = self.root
        while node.right is not None:
            node = node.right
        return node.key


if __name__ == "__main__":
    tree = BST()
    for word in input().split():
        if not tree.insert(int(word)):
            print(word, "is already in the tree")
    print(len(tree), "keys from", tree.min(), "to", tree.max())
    for word in input().split():
        print(word, int(word) in tree)
