# Shipping prices of a small web shop. Your job: test this, in test_shipping.py.
import math


def shipping_cost(weight_kg: float, express: bool = False) -> float:
    """The price of sending a parcel, in euros.

    Up to and including 2 kg: 4.90. Up to and including 10 kg: 9.90.
    Above 10 kg: 9.90 plus 1.00 for every started kilogram over 10.
    Express doubles the price. A weight of 0 or less raises ValueError.
    """
    if weight_kg <= 0:
        raise ValueError(f"a parcel must weigh something, not {weight_kg} kg")
    if weight_kg <= 2:
        cost = 4.90
    elif weight_kg <= 10:
        cost = 9.90
    else:
        cost = 9.90 + math.ceil(weight_kg - 10) * 1.00
    if express:
        cost = cost * 2
    return round(cost, 2)
