# Checks incoming orders of a web shop, and logs what it did.
import logging
import os
from typing import Any

FORMAT = "%(levelname)s %(name)s: %(message)s"

logger = logging.getLogger(__name__)

SAMPLE_ORDERS: list[dict[str, Any]] = [
    {"id": 1, "items": ["tea", "mug"], "paid": True},
    {"id": 2, "items": [], "paid": True},
    {"id": 3, "items": ["cake"], "paid": False},
]


def setup_logging(level_name: str) -> None:
    level = logging.getLevelName(level_name.upper())
    if not isinstance(level, int):
        raise ValueError(f"unknown log level: {level_name!r}")
    logging.basicConfig(level=level, format=FORMAT)


def process_order(order: dict[str, Any]) -> bool:
    logger.debug("checking order %s", order["id"])
    if not order["items"]:
        logger.warning("order %s has no items", order["id"])
        return False
    if not order["paid"]:
        logger.error("order %s is not paid", order["id"])
        return False
    logger.info("order %s accepted with %d items", order["id"], len(order["items"]))
    return True


if __name__ == "__main__":
    setup_logging(os.environ.get("LOG_LEVEL", "INFO"))
    for order in SAMPLE_ORDERS:
        process_order(order)
