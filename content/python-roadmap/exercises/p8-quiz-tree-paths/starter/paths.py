# Paths from the root of a binary tree down to its leaves.


class Node:
    def __init__(self, value: int, left: "Node | None" = None, right: "Node | None" = None) -> None:
        self.value = value
        self.left = left
        self.right = right


def leaf_paths(node: Node | None) -> list[str]:
    return []


def paths_with_sum(node: Node | None, target: int) -> list[str]:
    return []


if __name__ == "__main__":
    root = Node(1, Node(2, None, Node(5)), Node(3))
    print(leaf_paths(root))
    print(paths_with_sum(root, 4))
