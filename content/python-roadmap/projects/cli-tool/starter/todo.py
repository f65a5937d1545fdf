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
    # No arguments: print USAGE to sys.stderr and return 2.
    # "help": print USAGE and return 0.
    # Otherwise load the tasks from path, then handle "add", "list" and "done".
    # Anything else: "Unknown command: ..." and USAGE to sys.stderr, return 2.
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
