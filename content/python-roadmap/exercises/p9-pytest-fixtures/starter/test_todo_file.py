# Tests for todo_file.py, written for pytest. Run them with F5.
from pathlib import Path

import pytest

from todo_file import add, load, remove


@pytest.fixture
def todo_path(tmp_path: Path) -> Path:
    # Not yet right: this is the folder pytest made for this test. Return
    # the path of a file todo.txt inside it (not created yet).
    return tmp_path


def test_a_new_list_is_empty(todo_path: Path) -> None:
    assert load(todo_path) == []


# Add your tests here: adding, order, spaces, blank items (parametrize),
# removing, and a second fixture with a filled list.


if __name__ == "__main__":
    raise SystemExit(pytest.main(["-q", "-p", "no:cacheprovider", __file__]))
