class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    # __repr__, __str__, __eq__, __add__ and __mul__ go here


price = Money(int(input()))
paid = Money(int(input()))
print(price)
print(repr(price))
print(price == paid)
