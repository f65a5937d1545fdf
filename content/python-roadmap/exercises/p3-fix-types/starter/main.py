def parse_minutes(text: str) -> int:
    """Return the whole number in text; a blank text means 0 minutes."""
    if text.strip() == "":
        return None
    return int(text)


def hours(minutes: int) -> int:
    """Return minutes as hours: 90 minutes are 1.5 hours."""
    return minutes / 60


def describe(minutes: int) -> str:
    """Describe a duration: under an hour in minutes, else in hours."""
    if minutes < 60:
        return str(minutes) + " min"
    return str(hours(minutes)) + " h"


print(describe(parse_minutes("90")))
print(describe("45"))
print(describe(parse_minutes(" ")))
