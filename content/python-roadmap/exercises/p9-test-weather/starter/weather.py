# Clothing advice from a weather service. Your job: test advice(), in test_weather.py.
import json
from urllib.request import urlopen

WEATHER_SERVICE = "http://127.0.0.1:8765/temperature?city="


def fetch_temperature(city: str) -> float:
    """Ask the weather service for the temperature in city, in °C.

    Raises OSError when the service cannot be reached."""
    with urlopen(WEATHER_SERVICE + city, timeout=5) as response:
        return float(json.load(response)["celsius"])


def advice(city: str) -> str:
    """What to wear in city today. Asks the weather service exactly once."""
    try:
        temperature = fetch_temperature(city)
    except OSError:
        return "No weather data for " + city
    if temperature < 10:
        return "Take a coat"
    if temperature < 20:
        return "A jumper will do"
    return "T-shirt weather"
