import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

Step = Callable[[str], int]


def run_tests(project: str) -> int:
    # Run "python -m unittest discover" in the folder project with
    # subprocess.run, using sys.executable; return its exit code.
    return 0


def check_style(project: str) -> int:
    """The style step, given: no line longer than 79 characters, no spaces at line ends."""
    problems = 0
    for path in sorted(Path(project).rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if len(line) > 79 or line != line.rstrip():
                print(f"{path}:{number}: too long or spaces at the end", file=sys.stderr)
                problems += 1
    return 1 if problems else 0


STEPS: list[tuple[str, Step]] = [("tests", run_tests), ("style", check_style)]


def run_pipeline(project: str, steps: list[tuple[str, Step]]) -> int:
    # Run each step in order; print "NAME: ok" or "NAME: failed (exit CODE)";
    # stop at the first failure and return its code; 0 when all pass.
    return 0


def main(argv: list[str]) -> int:
    project = argv[0] if argv else "."
    return run_pipeline(project, STEPS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
