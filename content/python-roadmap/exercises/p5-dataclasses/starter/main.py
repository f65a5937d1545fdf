from dataclasses import dataclass, field


# Write Item, Coupon (frozen) and Cart here, each with @dataclass.


if __name__ == "__main__":
    cart = Cart()
    tea = Item("tea", 2.5, 2)
    cart.add(tea)
    cart.add(Item("bread", 3.0))
    save = Coupon("SAVE10", 10)
    print(tea)
    print(save)
    print(cart.total())
    print(cart.total(save))
    best = cart.most_expensive()
    if best is not None:
        print(best.name)
