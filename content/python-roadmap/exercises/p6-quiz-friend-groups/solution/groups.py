# Connected groups in a friendship graph.
from collections import deque

Graph = dict[str, set[str]]


def build_graph(names: list[str], pairs: list[tuple[str, str]]) -> Graph:
    graph: Graph = {}
    for name in names:
        graph[name] = set()
    for a, b in pairs:
        graph[a].add(b)
        graph[b].add(a)
    return graph


def friend_groups(graph: Graph) -> list[list[str]]:
    seen: set[str] = set()
    groups: list[list[str]] = []
    for start in sorted(graph):
        if start in seen:
            continue
        seen.add(start)
        group = [start]
        queue = deque([start])
        while queue:
            person = queue.popleft()
            for friend in graph[person]:
                if friend not in seen:
                    seen.add(friend)
                    group.append(friend)
                    queue.append(friend)
        groups.append(sorted(group))
    return groups


if __name__ == "__main__":
    graph = build_graph(["ann", "bo", "cy", "dee", "eve"], [("ann", "cy"), ("dee", "bo"), ("cy", "eve")])
    print(friend_groups(graph))
