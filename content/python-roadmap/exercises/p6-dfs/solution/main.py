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


def components(graph: Graph) -> list[list[str]]:
    seen: set[str] = set()
    groups: list[list[str]] = []
    for start in sorted(graph.adjacent):
        if start in seen:
            continue
        group = []
        stack = [start]
        seen.add(start)
        while stack:
            v = stack.pop()
            group.append(v)
            for n in graph.neighbours(v):
                if n not in seen:
                    seen.add(n)
                    stack.append(n)
        groups.append(sorted(group))
    return groups


def has_cycle(graph: Graph) -> bool:
    seen: set[str] = set()

    def visit(v: str, parent: str | None) -> bool:
        seen.add(v)
        for n in graph.neighbours(v):
            if n not in seen:
                if visit(n, v):
                    return True
            elif n != parent:
                return True
        return False

    for v in sorted(graph.adjacent):
        if v not in seen and visit(v, None):
            return True
    return False


if __name__ == "__main__":
    import sys

    graph = Graph()
    for line in sys.stdin:
        names = line.split()
        if len(names) == 2:
            graph.add_edge(names[0], names[1])
        elif len(names) == 1:
            graph.add_vertex(names[0])
    print(components(graph))
    print(has_cycle(graph))
