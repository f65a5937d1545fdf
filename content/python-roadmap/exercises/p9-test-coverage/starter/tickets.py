# Ticket prices of a small cinema. Your job: test every branch of it, in
# test_tickets.py.


def ticket_price(age: int, weekday: str, member: bool) -> float:
    """The price of one ticket, in euros."""
    if age < 0:
        raise ValueError(f"an age cannot be negative: {age}")
    if age < 6:
        return 0.0
    if age < 18 or age >= 65:
        price = 6.0
    else:
        price = 10.0
    if weekday == "tuesday":
        price = price / 2
    if member:
        price = price - 1.0
    return price
