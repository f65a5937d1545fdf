"""Settings from environment variables, checked when the app starts."""
import os
from dataclasses import dataclass

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


@dataclass
class Config:
    host: str
    port: int
    database: str
    log_level: str


class ConfigError(Exception):
    """A setting in the environment is wrong."""


def load_config() -> Config:
    """Read APP_HOST, APP_PORT, APP_DATABASE and LOG_LEVEL, with defaults."""
    text = os.environ.get("APP_PORT", "8000")
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise ConfigError(f"APP_PORT must be a whole number from 1 to 65535, not {text!r}")
    level = os.environ.get("LOG_LEVEL", "INFO").upper()
    if level not in LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LEVELS)}, not {level!r}")
    database = os.environ.get("APP_DATABASE", "bookmarks.db")
    if not database.strip():
        raise ConfigError("APP_DATABASE must not be empty")
    return Config(os.environ.get("APP_HOST", "127.0.0.1"), port, database, level)
