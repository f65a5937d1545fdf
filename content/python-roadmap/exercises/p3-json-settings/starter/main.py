import json

DEFAULTS = {"theme": "light", "font_size": 12}

# def load_settings(path: str) -> dict:


# def save_settings(path: str, settings: dict) -> None:


# def main() -> None:


if __name__ == "__main__":
    main()
