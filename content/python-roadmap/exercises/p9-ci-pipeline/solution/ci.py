import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

Step = Callable[[str], int]


def run_tests(project: str) -> int:
    completed = subprocess.run(
        [sys.executable, "-m", "unittest", "discover"], cwd=project
    )
    return completed.returncode


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
    for name, step in steps:
        code = step(project)
        if code != 0:
            print(f"{name}: failed (exit {code})")
            return code
        print(f"{name}: ok")
    return 0


def main(argv: list[str]) -> int:
    project = argv[0] if argv else "."
    return run_pipeline(project, STEPS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
