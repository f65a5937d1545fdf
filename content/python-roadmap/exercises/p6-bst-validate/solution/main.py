from collections.abc import Iterator


class TreeNode:
    def __init__(self, key: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.key = key
        self.left = left
        self.right = right


def in_order(node: TreeNode | None) -> Iterator[int]:
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def is_bst(node: TreeNode | None, low: int | None = None, high: int | None = None) -> bool:
    if node is None:
        return True
    if low is not None and node.key <= low:
        return False
    if high is not None and node.key >= high:
        return False
    return is_bst(node.left, low, node.key) and is_bst(node.right, node.key, high)


def from_sorted(keys: list[int]) -> TreeNode | None:
    if not keys:
        return None
    middle = len(keys) // 2
    return TreeNode(keys[middle], from_sorted(keys[:middle]), from_sorted(keys[middle + 1:]))


if __name__ == "__main__":
    root = from_sorted([int(word) for word in input().split()])
    if root is not None:
        print(root.key, list(in_order(root)))
    print(is_bst(root))
