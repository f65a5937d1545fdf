# A stand-in for the bookmarks app: it shows the settings a container gives it.
# Your work in this exercise is the Dockerfile.
import os


def settings() -> dict[str, str]:
    return {
        "host": os.environ.get("APP_HOST", "127.0.0.1"),
        "port": os.environ.get("APP_PORT", "8000"),
        "database": os.environ.get("APP_DATABASE", "bookmarks.db"),
    }


if __name__ == "__main__":
    for name, value in settings().items():
        print(f"{name}: {value}")
