words = input().split()
kept: list[str] = []
# keep each word the first time you see it
print(" ".join(kept))
