"""The to-do list itself: pure functions on a list of task dicts.

A task is a dict: {"text": "Buy milk", "done": False}.
"""


def add_task(tasks: list[dict], text: str) -> dict:
    """Append a new task that is not done yet, and return it.

    Raise ValueError if the text is empty (or only spaces).
    """
    # 1. strip the text; 2. empty? raise ValueError; 3. make the dict, append it, return it
    ...


def complete_task(tasks: list[dict], number: int) -> dict:
    """Mark task `number` (counting from 1) as done, and return it.

    Raise ValueError if there is no task with that number.
    """
    ...


def format_task(number: int, task: dict) -> str:
    """One line for the list: '1. [ ] Buy milk' or '2. [x] Call Ada'."""
    ...
