# slugify: a page title made into the last part of a web address.


def slugify(title: str) -> str:
    kept = ""
    for char in title.lower():
        if char.isalnum():
            kept += char
        elif char.isspace() or char == "-":
            kept += " "
    words = kept.split()
    if not words:
        raise ValueError(f"no letters or digits in {title!r}")
    return "-".join(words)


if __name__ == "__main__":
    print(slugify("Hello, World!"))
    print(slugify("  Top 10 -- Python   tips  "))
