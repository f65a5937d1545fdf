# A gradebook: read scores from lines of text, then average and rank them.


class Gradebook:
    def __init__(self) -> None:
        self.scores: dict[str, list[int]] = {}
        self.by_subject: dict[str, list[tuple[int, str]]] = {}

    def add(self, name: str, subject: str, score: int) -> None:
        if not 0 <= score <= 100:
            raise ValueError(f"the score {score} is not from 0 to 100")
        self.scores.setdefault(name, []).append(score)
        self.by_subject.setdefault(subject, []).append((score, name))

    @classmethod
    def from_lines(cls, lines: list[str]) -> "Gradebook":
        book = cls()
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            parts = [part.strip() for part in line.split(",")]
            if len(parts) != 3:
                raise ValueError(f"line {number}: expected 'name, subject, score', got {line!r}")
            name, subject, text = parts
            try:
                score = int(text)
            except ValueError:
                raise ValueError(f"line {number}: the score {text!r} is not a whole number") from None
            try:
                book.add(name, subject, score)
            except ValueError as error:
                raise ValueError(f"line {number}: {error}") from None
        return book

    def average(self, name: str) -> float:
        scores = self.scores[name]
        return round(sum(scores) / len(scores), 1)

    def ranking(self) -> list[str]:
        return sorted(self.scores, key=lambda name: (-self.average(name), name))

    def best_in(self, subject: str) -> str | None:
        entries = self.by_subject.get(subject)
        if not entries:
            return None
        best_score, best_name = min(entries, key=lambda entry: (-entry[0], entry[1]))
        return best_name


if __name__ == "__main__":
    book = Gradebook.from_lines(["Ada, maths, 91", "Bo, maths, 78", "", "Ada, art, 70", "Bo, art, 95"])
    print(book.average("Ada"), book.average("Bo"))
    print(book.ranking())
    print(book.best_in("maths"), book.best_in("music"))
