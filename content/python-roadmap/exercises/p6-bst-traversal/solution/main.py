from collections.abc import Iterator


class TreeNode:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: TreeNode | None = None
        self.right: TreeNode | None = None


def build(keys: list[int]) -> TreeNode | None:
    """A BST with the keys inserted in the given order."""
    root: TreeNode | None = None
    for key in keys:
        new = TreeNode(key)
        if root is None:
            root = new
            continue
        node = root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = new
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = new
                    break
                node = node.right
    return root


def in_order(node: TreeNode | None) -> Iterator[int]:
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def pre_order(node: TreeNode | None) -> Iterator[int]:
    if node is not None:
        yield node.key
        yield from pre_order(node.left)
        yield from pre_order(node.right)


def size(node: TreeNode | None) -> int:
    if node is None:
        return 0
    return 1 + size(node.left) + size(node.right)


def height(node: TreeNode | None) -> int:
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


if __name__ == "__main__":
    root = build([int(word) for word in input().split()])
    print(list(in_order(root)))
    print(list(pre_order(root)))
    print(size(root), height(root))
