"""Keeping the tasks in a JSON file between runs."""
import json


def load_tasks(path: str) -> list[dict]:
    """The tasks saved in the file at path, or [] if there is no file yet."""
    try:
        with open(path, encoding="utf-8") as file:
            return json.load(file)
    except FileNotFoundError:
        return []


def save_tasks(path: str, tasks: list[dict]) -> None:
    """Write the tasks to the file at path, as indented JSON."""
    with open(path, "w", encoding="utf-8") as file:
        json.dump(tasks, file, indent=2)
        file.write("\n")
