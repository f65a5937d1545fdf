class Graph:
    def __init__(self) -> None:
        self.adjacent: dict[str, set[str]] = {}

    # add_vertex, add_edge, remove_edge, neighbours, degree,
    # vertex_count, edge_count, from_edges (a classmethod)


if __name__ == "__main__":
    edges: list[tuple[str, str]] = []
    line = input()
    while line:
        a, b = line.split()
        edges.append((a, b))
        line = input()
    graph = Graph.from_edges(edges)
    print(f"{graph.vertex_count()} vertices, {graph.edge_count()} edges")
    a, b = input().split()
    graph.remove_edge(a, b)
    print(f"without {a}-{b}: {graph.vertex_count()} vertices, {graph.edge_count()} edges")
    for v in sorted(graph.adjacent):
        print(v, graph.degree(v), graph.neighbours(v))
