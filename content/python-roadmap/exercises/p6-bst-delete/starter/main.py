from collections.abc import Iterator


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

    def __iter__(self) -> Iterator[int]:
        """The keys in order: left subtree, node, right subtree."""
        yield from _in_order(self.root)

    def delete(self, key: int) -> bool:
        """Remove key; return True if it was there, False if not."""
        raise NotImplementedError("write delete")


def _in_order(node: TreeNode | None) -> Iterator[int]:
    if node is not None:
        yield from _in_order(node.left)
        yield node.key
        yield from _in_order(node.right)


if __name__ == "__main__":
    tree = BST()
    for key in [8, 3, 10, 1, 6, 14, 4, 7, 13]:
        tree.insert(key)
    print(tree.delete(7), list(tree))
    print(tree.delete(10), list(tree))
    print(tree.delete(3), list(tree))
    print(tree.delete(8), list(tree), len(tree))
    print(tree.delete(99))
