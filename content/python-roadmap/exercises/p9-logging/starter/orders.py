# Checks incoming orders of a web shop, and says what it did with prints. Use logging.
import logging
import os
from typing import Any

FORMAT = "%(levelname)s %(name)s: %(message)s"

SAMPLE_ORDERS: list[dict[str, Any]] = [
    {"id": 1, "items": ["tea", "mug"], "paid": True},
    {"id": 2, "items": [], "paid": True},
    {"id": 3, "items": ["cake"], "paid": False},
]


def setup_logging(level_name: str) -> None:
    ...


def process_order(order: dict[str, Any]) -> bool:
    print("checking order", order["id"])
    if not order["items"]:
        print("order", order["id"], "has no items")
        return False
    if not order["paid"]:
        print("order", order["id"], "is not paid")
        return False
    print("order", order["id"], "accepted with", len(order["items"]), "items")
    return True


if __name__ == "__main__":
    setup_logging(os.environ.get("LOG_LEVEL", "INFO"))
    for order in SAMPLE_ORDERS:
        process_order(order)
