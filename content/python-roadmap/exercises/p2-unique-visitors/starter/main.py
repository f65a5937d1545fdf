visits: list[str] = []
# Read the names into visits.

# A set keeps each name once.
