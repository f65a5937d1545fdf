class Graph:
    def __init__(self) -> None:
        self.adjacent: dict[str, set[str]] = {}

    def add_vertex(self, v: str) -> None:
        if v not in self.adjacent:
            self.adjacent[v] = set()

    def add_edge(self, a: str, b: str) -> None:
        if a == b:
            raise ValueError("an edge needs two different vertices")
        self.add_vertex(a)
        self.add_vertex(b)
        self.adjacent[a].add(b)
        self.adjacent[b].add(a)

    def remove_edge(self, a: str, b: str) -> None:
        if a not in self.adjacent or b not in self.adjacent[a]:
            raise KeyError((a, b))
        self.adjacent[a].remove(b)
        self.adjacent[b].remove(a)

    def neighbours(self, v: str) -> list[str]:
        return sorted(self.adjacent[v])

    def degree(self, v: str) -> int:
        return len(self.adjacent[v])

    def vertex_count(self) -> int:
        return len(self.adjacent)

    def edge_count(self) -> int:
        return sum(len(n) for n in self.adjacent.values()) // 2

    @classmethod
    def from_edges(cls, edges: list[tuple[str, str]]) -> "Graph":
        graph = cls()
        for a, b in edges:
            graph.add_edge(a, b)
        return graph


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
