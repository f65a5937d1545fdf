# Write Song and Playlist here.
# Tip: a helper function minutes(seconds: int) -> str that makes "m:ss"
# can be shared by both classes.


if __name__ == "__main__":
    trip = Playlist("Road trip")
    trip.add(Song("Bohemian Rhapsody", 355))
    trip.add(Song("Hey Jude", 187))
    trip.add(Song("Jolene", 123))
    print(trip.summary())
    best = trip.longest()
    if best is not None:
        print(f"Longest: {best.title} ({best.length()})")
