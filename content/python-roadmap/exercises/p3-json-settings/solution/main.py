import json

DEFAULTS = {"theme": "light", "font_size": 12}


def load_settings(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as file:
            return json.load(file)
    except FileNotFoundError:
        return DEFAULTS.copy()


def save_settings(path: str, settings: dict) -> None:
    with open(path, "w", encoding="utf-8") as file:
        json.dump(settings, file, indent=2)


def main() -> None:
    font_size = int(input())
    settings = load_settings("settings.json")
    if settings["theme"] == "light":
        settings["theme"] = "dark"
    else:
        settings["theme"] = "light"
    settings["font_size"] = font_size
    save_settings("settings.json", settings)
    print(f"Theme is now {settings['theme']}")
    print(f"Font size is now {settings['font_size']}")


if __name__ == "__main__":
    main()
