"""todo: a small to-do list for the command line.

    python3 todo.py add Buy milk
    python3 todo.py list
    python3 todo.py done 1
"""
import sys

from storage import load_tasks, save_tasks
from tasks import add_task, complete_task, format_task

USAGE = "Usage: python3 todo.py add TEXT | list | done NUMBER | help"


def main(argv: list[str], path: str = "todo.json") -> int:
    """Run one command; return the exit status (0 when all went well)."""
    if not argv:
        print(USAGE, file=sys.stderr)
        return 2
    command = argv[0]
    args = argv[1:]

    if command == "help":
        print(USAGE)
        return 0

    tasks = load_tasks(path)

    if command == "add":
        try:
            task = add_task(tasks, " ".join(args))
        except ValueError as error:
            print(f"Error: {error}", file=sys.stderr)
            return 1
        save_tasks(path, tasks)
        print(f"Added {len(tasks)}: {task['text']}")
        return 0

    if command == "list":
        if not tasks:
            print("Nothing to do.")
            return 0
        for number, task in enumerate(tasks, start=1):
            print(format_task(number, task))
        return 0

    if command == "done":
        try:
            number = int(args[0])
        except (IndexError, ValueError):
            print("Error: give the number of a task, like: done 1", file=sys.stderr)
            return 1
        try:
            task = complete_task(tasks, number)
        except ValueError as error:
            print(f"Error: {error}", file=sys.stderr)
            return 1
        save_tasks(path, tasks)
        print(f"Done: {task['text']}")
        return 0

    print(f"Unknown command: {command}", file=sys.stderr)
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
