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
    good = TreeNode(10, TreeNode(5, TreeNode(3), TreeNode(7)), TreeNode(15))
    bad = TreeNode(10, TreeNode(5, TreeNode(3), TreeNode(12)), TreeNode(15))
    print(is_bst(good))
    print(is_bst(bad))
    balanced = from_sorted([1, 2, 3, 4, 5, 6, 7])
    if balanced is not None:
        print(balanced.key, list(in_order(balanced)))
