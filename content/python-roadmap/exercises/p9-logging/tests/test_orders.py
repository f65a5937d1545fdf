import logging
import unittest
from unittest.mock import patch

import orders


class LoggerTests(unittest.TestCase):
    def test_module_logger(self):
        logger = getattr(orders, "logger", None)
        self.assertIsInstance(logger, logging.Logger, "Make a module logger: logger = logging.getLogger(__name__)")
        self.assertEqual(logger.name, "orders", "Name the logger after the module: logging.getLogger(__name__)")


class ProcessOrderTests(unittest.TestCase):
    def run_order(self, order):
        with self.assertLogs("orders", level="DEBUG") as logs:
            result = orders.process_order(order)
        return result, logs.output

    def test_accepted(self):
        self.assertEqual(self.run_order({"id": 1, "items": ["tea", "mug"], "paid": True}),
                         (True, ["DEBUG:orders:checking order 1", "INFO:orders:order 1 accepted with 2 items"]))

    def test_no_items(self):
        self.assertEqual(self.run_order({"id": 2, "items": [], "paid": True}),
                         (False, ["DEBUG:orders:checking order 2", "WARNING:orders:order 2 has no items"]))

    def test_not_paid(self):
        self.assertEqual(self.run_order({"id": 3, "items": ["cake"], "paid": False}),
                         (False, ["DEBUG:orders:checking order 3", "ERROR:orders:order 3 is not paid"]))


class SetupLoggingTests(unittest.TestCase):
    def test_level_and_format(self):
        for name, level in (("INFO", logging.INFO), ("debug", logging.DEBUG), ("Warning", logging.WARNING)):
            with self.subTest(level_name=name):
                with patch("logging.basicConfig") as basic_config:
                    orders.setup_logging(name)
                basic_config.assert_called_once_with(level=level, format=orders.FORMAT)

    def test_unknown_level(self):
        with patch("logging.basicConfig"):
            with self.assertRaises(ValueError, msg="setup_logging(\"LOUD\") must raise ValueError"):
                orders.setup_logging("LOUD")


if __name__ == "__main__":
    unittest.main()
