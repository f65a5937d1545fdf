def longest_line(path: str) -> str:
    longest = ""
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.rstrip("\n")
            if len(line) > len(longest):
                longest = line
    return longest


def shout(source: str, target: str) -> int:
    count = 0
    with open(source, encoding="utf-8") as reader:
        with open(target, "w", encoding="utf-8") as writer:
            for line in reader:
                writer.write(line.upper())
                count += 1
    return count
