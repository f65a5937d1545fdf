"""Keeping the tasks in a JSON file between runs."""
import json


def load_tasks(path: str) -> list[dict]:
    """The tasks saved in the file at path, or [] if there is no file yet."""
    # with open(...) and json.load; catch FileNotFoundError
    ...


def save_tasks(path: str, tasks: list[dict]) -> None:
    """Write the tasks to the file at path, as indented JSON."""
    ...
