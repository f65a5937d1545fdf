# Tests for weather.advice. Run them with F5.
import unittest
from unittest.mock import patch

import weather


class AdviceTests(unittest.TestCase):
    def test_cold(self) -> None:
        ...  # patch "weather.fetch_temperature" to return 3.0, then check advice("Oslo")


if __name__ == "__main__":
    unittest.main()
