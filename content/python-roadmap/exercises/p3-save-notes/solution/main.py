def save_notes(path: str, notes: list[str]) -> None:
    with open(path, "w", encoding="utf-8") as file:
        for note in notes:
            file.write(note + "\n")


def load_notes(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as file:
            return file.read().splitlines()
    except FileNotFoundError:
        return []


def main() -> None:
    notes = []
    while True:
        line = input()
        if not line:
            break
        notes.append(line)
    save_notes("notes.txt", notes)
    loaded = load_notes("notes.txt")
    print(f"Saved {len(loaded)} notes:")
    for note in loaded:
        print(f"- {note}")


if __name__ == "__main__":
    main()
