# Tests for weather.advice. Run them with F5.
import unittest
from unittest.mock import patch

import weather


class AdviceTests(unittest.TestCase):
    def advice_at(self, celsius: float) -> str:
        with patch("weather.fetch_temperature", return_value=celsius):
            return weather.advice("Oslo")

    def test_cold(self) -> None:
        self.assertEqual(self.advice_at(3.0), "Take a coat")

    def test_ten_degrees_is_not_cold(self) -> None:
        self.assertEqual(self.advice_at(10.0), "A jumper will do")

    def test_just_under_twenty(self) -> None:
        self.assertEqual(self.advice_at(19.9), "A jumper will do")

    def test_twenty_degrees_is_warm(self) -> None:
        self.assertEqual(self.advice_at(20.0), "T-shirt weather")

    def test_asks_once_for_that_city(self) -> None:
        with patch("weather.fetch_temperature", return_value=15.0) as fake:
            weather.advice("Oslo")
        fake.assert_called_once_with("Oslo")

    def test_service_down(self) -> None:
        with patch("weather.fetch_temperature", side_effect=OSError("no network")):
            self.assertEqual(weather.advice("Oslo"), "No weather data for Oslo")


if __name__ == "__main__":
    unittest.main()
