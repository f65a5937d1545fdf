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
    releases = [Version(1, 10, 0), Version(1, 2, 3), Version(0, 9, 12), Version(1, 2, 0)]
    print(sorted(releases))
    print(Version(1, 2, 3) < Version(1, 10, 0))
    print(max(releases))
