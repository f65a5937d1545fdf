# Settings from environment variables, checked before the app starts.
import os
import sys
from dataclasses import dataclass


@dataclass
class Config:
    host: str
    port: int
    debug: bool
    database: str


class ConfigError(Exception):
    """A setting in the environment is wrong."""


def load_config() -> Config:
    return Config(
        host=os.environ["APP_HOST"],
        port=int(os.environ["APP_PORT"]),
        debug=bool(os.environ.get("APP_DEBUG")),
        database=os.environ["APP_DATABASE"],
    )


def main() -> int:
    try:
        config = load_config()
    except ConfigError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    print(f"host={config.host} port={config.port} debug={config.debug} database={config.database}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
