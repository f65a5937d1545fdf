# A binary search tree: keys in a range, and the height.


class Node:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Node | None = None
        self.right: Node | None = None


def insert(node: Node | None, key: int) -> Node:
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    return node


def keys_between(node: Node | None, low: int, high: int) -> list[int]:
    if node is None:
        return []
    found: list[int] = []
    if low < node.key:
        found += keys_between(node.left, low, high)
    if low <= node.key <= high:
        found.append(node.key)
    if node.key <= high:
        found += keys_between(node.right, low, high)
    return found


def height(node: Node | None) -> int:
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


if __name__ == "__main__":
    root = None
    for key in [50, 30, 70, 20, 40, 60, 80]:
        root = insert(root, key)
    print(keys_between(root, 35, 65))
    print(height(root))
