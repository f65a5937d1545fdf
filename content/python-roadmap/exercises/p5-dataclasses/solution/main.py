from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1

    def total(self) -> float:
        return self.price * self.quantity


@dataclass(frozen=True)
class Coupon:
    code: str
    percent: int

    def apply(self, amount: float) -> float:
        return round(amount * (100 - self.percent) / 100, 2)


@dataclass
class Cart:
    items: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        for existing in self.items:
            if existing.name == item.name:
                raise ValueError(f"{item.name} is already in the cart")
        self.items.append(item)

    def total(self, coupon: Coupon | None = None) -> float:
        amount = sum(item.total() for item in self.items)
        if coupon is not None:
            amount = coupon.apply(amount)
        return amount

    def most_expensive(self) -> Item | None:
        best = None
        for item in self.items:
            if best is None or item.total() > best.total():
                best = item
        return best


if __name__ == "__main__":
    code, percent = input().split()
    coupon = Coupon(code, int(percent))
    cart = Cart()
    for _ in range(int(input())):
        name, price, quantity = input().split()
        item = Item(name, float(price), int(quantity))
        try:
            cart.add(item)
        except ValueError:
            print(f"{name} is in the cart already")
    for item in cart.items:
        print(item)
    print(coupon)
    print(cart.total())
    print(cart.total(coupon))
    best = cart.most_expensive()
    if best is not None:
        print(best.name)
