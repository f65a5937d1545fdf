from dataclasses import dataclass, field


# Write Item, Coupon (frozen) and Cart here, each with @dataclass.


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
