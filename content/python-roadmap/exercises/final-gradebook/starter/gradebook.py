# A gradebook: read scores from lines of text, then average and rank them.


class Gradebook:
    def __init__(self) -> None:
        self.scores: dict[str, list[int]] = {}
        # Something must remember the subject of each score too.

    def add(self, name: str, subject: str, score: int) -> None:
        self.scores.setdefault(name, []).append(score)

    @classmethod
    def from_lines(cls, lines: list[str]) -> "Gradebook":
        book = cls()
        return book

    def average(self, name: str) -> float:
        return 0.0

    def ranking(self) -> list[str]:
        return list(self.scores)

    def best_in(self, subject: str) -> str | None:
        return None


if __name__ == "__main__":
    book = Gradebook.from_lines(["Ada, maths, 91", "Bo, maths, 78", "", "Ada, art, 70", "Bo, art, 95"])
    print(book.average("Ada"), book.average("Bo"))
    print(book.ranking())
    print(book.best_in("maths"), book.best_in("music"))
