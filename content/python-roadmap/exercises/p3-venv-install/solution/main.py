from dojo_greetings import GREETINGS


def greet(name: str, language: str) -> str:
    """The greeting for name in language; English for a code we lack."""
    word = GREETINGS.get(language, GREETINGS["en"])
    return f"{word}, {name}!"


if __name__ == "__main__":
    language = input().strip()
    name = input().strip()
    print(greet(name, language))
