# Write Song and Playlist here.
# Tip: a helper function minutes(seconds: int) -> str that makes "m:ss"
# can be shared by both classes.


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
