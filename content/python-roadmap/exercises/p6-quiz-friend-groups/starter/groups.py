# Connected groups in a friendship graph.

Graph = dict[str, set[str]]


def build_graph(names: list[str], pairs: list[tuple[str, str]]) -> Graph:
    graph: Graph = {}
    # Every name gets a set, then each pair is added both ways.
    return graph


def friend_groups(graph: Graph) -> list[list[str]]:
    groups: list[list[str]] = []
    # Start a search from each name not seen yet.
    return groups


if __name__ == "__main__":
    graph = build_graph(["ann", "bo", "cy", "dee", "eve"], [("ann", "cy"), ("dee", "bo"), ("cy", "eve")])
    print(friend_groups(graph))
