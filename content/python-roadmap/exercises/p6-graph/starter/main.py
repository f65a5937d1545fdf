class Graph:
    def __init__(self) -> None:
        self.adjacent: dict[str, set[str]] = {}

    # add_vertex, add_edge, remove_edge, neighbours, degree,
    # vertex_count, edge_count, from_edges (a classmethod)


if __name__ == "__main__":
    g = Graph.from_edges([("Ada", "Bo"), ("Bo", "Cy"), ("Ada", "Dee"), ("Dee", "Eve"), ("Cy", "Eve")])
    print(g.vertex_count(), g.edge_count())
    print(g.neighbours("Bo"))
    print(g.degree("Eve"))
    g.remove_edge("Bo", "Cy")
    print(g.edge_count())
