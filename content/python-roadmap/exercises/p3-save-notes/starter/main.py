# def save_notes(path: str, notes: list[str]) -> None:


# def load_notes(path: str) -> list[str]:


# def main() -> None:


if __name__ == "__main__":
    main()
