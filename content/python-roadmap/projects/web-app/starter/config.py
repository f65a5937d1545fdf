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
    ...
