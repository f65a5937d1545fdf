# The command line of the notes app: python3 app.py version | check | help
import os
import sys

VERSION = "notes-app 1.2.0"
USAGE = "Usage: python3 app.py version | check | help"
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def check_config() -> str:
    """A summary of the settings; raises ValueError for a wrong one."""
    text = os.environ.get("APP_PORT", "8000")
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise ValueError(f"APP_PORT must be a whole number from 1 to 65535, not {text!r}")
    level = os.environ.get("LOG_LEVEL", "INFO").upper()
    if level not in LEVELS:
        raise ValueError(f"LOG_LEVEL must be one of {', '.join(LEVELS)}, not {level!r}")
    return f"config ok: port {port}, log level {level}"


def main(argv: list[str]) -> int:
    if not argv:
        print(USAGE, file=sys.stderr)
        return 2
    command = argv[0]
    if command == "help":
        print(USAGE)
        return 0
    if command == "version":
        print(VERSION)
        return 0
    if command == "check":
        try:
            print(check_config())
        except ValueError as error:
            print(f"Error: {error}", file=sys.stderr)
            return 1
        return 0
    print(f"Unknown command: {command}", file=sys.stderr)
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
