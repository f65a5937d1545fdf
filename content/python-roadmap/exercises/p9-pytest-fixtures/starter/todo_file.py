# A to-do list kept in a text file, one item a line. Your job: test it,
# in test_todo_file.py.
from pathlib import Path


def load(path: Path) -> list[str]:
    """The items in the file, in order. A file that is not there yet is an
    empty list; blank lines are skipped."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() != ""]


def add(path: Path, item: str) -> None:
    """Adds item (without spaces around it) at the end of the file. An item
    that is empty or only spaces raises ValueError."""
    item = item.strip()
    if item == "":
        raise ValueError("an empty item")
    with path.open("a", encoding="utf-8") as file:
        file.write(item + "\n")


def remove(path: Path, item: str) -> bool:
    """Removes the first item equal to item. True if there was one to
    remove, False (and the file unchanged) if not."""
    items = load(path)
    if item not in items:
        return False
    items.remove(item)
    path.write_text("".join(line + "\n" for line in items), encoding="utf-8")
    return True
