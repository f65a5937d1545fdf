# Tests for todo_file.py, written for pytest. Run them with F5.
from pathlib import Path

import pytest

from todo_file import add, load, remove


@pytest.fixture
def todo_path(tmp_path: Path) -> Path:
    return tmp_path / "todo.txt"


@pytest.fixture
def filled(todo_path: Path) -> Path:
    for item in ["milk", "bread", "milk"]:
        add(todo_path, item)
    return todo_path


def test_a_new_list_is_empty(todo_path: Path) -> None:
    assert load(todo_path) == []


def test_add_keeps_the_order(todo_path: Path) -> None:
    add(todo_path, "milk")
    add(todo_path, "bread")
    assert load(todo_path) == ["milk", "bread"]


def test_add_strips_spaces(todo_path: Path) -> None:
    add(todo_path, "  eggs ")
    assert load(todo_path) == ["eggs"]


@pytest.mark.parametrize("blank", ["", " ", "   \t"])
def test_a_blank_item_is_refused(todo_path: Path, blank: str) -> None:
    with pytest.raises(ValueError):
        add(todo_path, blank)
    assert load(todo_path) == []


def test_blank_lines_in_the_file_are_skipped(todo_path: Path) -> None:
    todo_path.write_text("milk\n\nbread\n", encoding="utf-8")
    assert load(todo_path) == ["milk", "bread"]


def test_remove_takes_only_the_first(filled: Path) -> None:
    assert remove(filled, "milk") is True
    assert load(filled) == ["bread", "milk"]


def test_remove_something_missing(filled: Path) -> None:
    assert remove(filled, "tea") is False
    assert load(filled) == ["milk", "bread", "milk"]


if __name__ == "__main__":
    raise SystemExit(pytest.main(["-q", "-p", "no:cacheprovider", __file__]))
