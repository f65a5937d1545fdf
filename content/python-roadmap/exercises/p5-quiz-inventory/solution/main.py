from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: list[str] = field(default_factory=list)


def find(items: list[Item], name: str) -> Item | None:
    for item in items:
        if item.name == name:
            return item
    return None


def stock_value(items: list[Item]) -> float:
    return sum(item.price * item.quantity for item in items)


def tagged(items: list[Item], tag: str) -> list[str]:
    return [item.name for item in items if tag in item.tags]
