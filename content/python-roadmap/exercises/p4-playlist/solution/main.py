def minutes(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class Song:
    def __init__(self, title: str, seconds: int) -> None:
        self.title = title
        self.seconds = seconds

    def length(self) -> str:
        return minutes(self.seconds)


class Playlist:
    def __init__(self, name: str) -> None:
        self.name = name
        self.songs: list[Song] = []

    def add(self, song: Song) -> None:
        self.songs.append(song)

    def total_seconds(self) -> int:
        total = 0
        for song in self.songs:
            total += song.seconds
        return total

    def longest(self) -> Song | None:
        best = None
        for song in self.songs:
            if best is None or song.seconds > best.seconds:
                best = song
        return best

    def summary(self) -> str:
        return f"{self.name}: {len(self.songs)} songs, {minutes(self.total_seconds())}"


if __name__ == "__main__":
    playlist = Playlist(input())
    title = input()
    while title != "":
        seconds = int(input())
        playlist.add(Song(title, seconds))
        title = input()
    print(playlist.summary())
    best = playlist.longest()
    if best is not None:
        print(f"Longest: {best.title} ({best.length()})")
