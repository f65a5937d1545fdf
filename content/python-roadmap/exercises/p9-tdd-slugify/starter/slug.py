# slugify: a page title made into the last part of a web address.


def slugify(title: str) -> str:
    return title


if __name__ == "__main__":
    print(slugify("Hello, World!"))
    print(slugify("  Top 10 -- Python   tips  "))
