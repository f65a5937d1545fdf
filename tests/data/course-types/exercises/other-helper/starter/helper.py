def twice(text: str) -> str:
    return text * 2
