# Settings from environment variables, checked before the app starts.
import os
import sys
from dataclasses import asdict, dataclass


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


def main(argv: list[str]) -> int:
    try:
        config = load_config()
    except ConfigError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    settings = asdict(config)
    names = argv or list(settings)
    for name in names:
        if name not in settings:
            print(f"Error: there is no setting {name!r}", file=sys.stderr)
            return 2
    print(" ".join(f"{name}={settings[name]}" for name in names))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
