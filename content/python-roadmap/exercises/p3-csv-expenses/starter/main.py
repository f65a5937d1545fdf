import csv

# def totals_by_category(path: str) -> dict[str, float]:


# def main() -> None:


if __name__ == "__main__":
    main()
