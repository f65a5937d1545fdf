# The command line of the notes app: python3 app.py version | check | help
import os
import sys

VERSION = "notes-app 1.2.0"
USAGE = "Usage: python3 app.py version | check | help"
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def main() -> None:
    command = sys.argv[1]
    if command == "version":
        print(VERSION)
    if command == "check":
        port = int(os.environ.get("APP_PORT", "8000"))
        level = os.environ.get("LOG_LEVEL", "INFO")
        print(f"config ok: port {port}, log level {level}")


main()
