class Version:
    def __init__(self, major: int, minor: int, patch: int) -> None:
        self.major = major
        self.minor = minor
        self.patch = patch

    def __repr__(self) -> str:
        return f"Version({self.major}, {self.minor}, {self.patch})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor, self.patch) == (other.major, other.minor, other.patch)

    def __lt__(self, other: object) -> bool:
        # Is self an older version than other? For now this method gives no
        # answer at all, so Python does not know how to compare two versions.
        return NotImplemented


if __name__ == "__main__":
    releases: list[Version] = []
    line = input()
    while line != "":
        parts = line.split(".")
        releases.append(Version(int(parts[0]), int(parts[1]), int(parts[2])))
        line = input()
    print(sorted(releases))
    print(max(releases))
