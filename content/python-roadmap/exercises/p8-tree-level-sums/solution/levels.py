from collections import deque

class TreeNode:
    def __init__(self, value: int, left: "TreeNode | None" = None,
                 right: "TreeNode | None" = None) -> None:
        self.value = value
        self.left = left
        self.right = right


# Plan:
#   by hand: [9, 4 + 5, 2 + 3]; a one-line chart has one person per level
#   the walk: breadth-first, with a queue
#   where a level ends: at the start of a level the queue holds exactly that
#                       level; take len(queue) nodes, add up, queue their children


def level_sums(root: TreeNode | None) -> list[int]:
    sums: list[int] = []
    queue: deque[TreeNode] = deque()
    if root is not None:
        queue.append(root)
    while queue:
        total = 0
        for _ in range(len(queue)):
            node = queue.popleft()
            total += node.value
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
        sums.append(total)
    return sums


if __name__ == "__main__":
    chart = TreeNode(9, TreeNode(4, TreeNode(2), None), TreeNode(5, None, TreeNode(3)))
    print(level_sums(chart))    # [9, 9, 5]
