"""The to-do list itself: pure functions on a list of task dicts.

A task is a dict: {"text": "Buy milk", "done": False}.
"""


def add_task(tasks: list[dict], text: str) -> dict:
    """Append a new task that is not done yet, and return it.

    Raise ValueError if the text is empty (or only spaces).
    """
    text = text.strip()
    if not text:
        raise ValueError("a task needs some text")
    task = {"text": text, "done": False}
    tasks.append(task)
    return task


def complete_task(tasks: list[dict], number: int) -> dict:
    """Mark task `number` (counting from 1) as done, and return it.

    Raise ValueError if there is no task with that number.
    """
    if number < 1 or number > len(tasks):
        raise ValueError(f"there is no task {number}")
    task = tasks[number - 1]
    task["done"] = True
    return task


def format_task(number: int, task: dict) -> str:
    """One line for the list: '1. [ ] Buy milk' or '2. [x] Call Ada'."""
    mark = "x" if task["done"] else " "
    return f"{number}. [{mark}] {task['text']}"
