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
    ...


def from_sorted(keys: list[int]) -> TreeNode | None:
    ...


if __name__ == "__main__":
    root = from_sorted([int(word) for word in input().split()])
    if root is not None:
        print(root.key, list(in_order(root)))
    print(is_bst(root))
