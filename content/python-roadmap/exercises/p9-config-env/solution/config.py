# Settings from environment variables, checked before the app starts.
import os
import sys
from dataclasses import asdict, dataclass

TRUE_WORDS = ("1", "true", "yes")
FALSE_WORDS = ("", "0", "false", "no")


@dataclass
class Config:
    host: str
    port: int
    debug: bool
    database: str


class ConfigError(Exception):
    """A setting in the environment is wrong."""


def read_port() -> int:
    text = os.environ.get("APP_PORT", "8000")
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise ConfigError(f"APP_PORT must be a whole number from 1 to 65535, not {text!r}")
    return port


def read_debug() -> bool:
    text = os.environ.get("APP_DEBUG", "").strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise ConfigError(f"APP_DEBUG must be 1, true, yes, 0, false or no, not {text!r}")


def load_config() -> Config:
    database = os.environ.get("APP_DATABASE", "app.db")
    if not database.strip():
        raise ConfigError("APP_DATABASE must not be empty")
    return Config(
        host=os.environ.get("APP_HOST", "127.0.0.1"),
        port=read_port(),
        debug=read_debug(),
        database=database,
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
