class Temperature:
    def __init__(self, celsius: float) -> None:
        self.set_celsius(celsius)

    def get_celsius(self) -> float:
        return self._celsius

    def set_celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError(f"colder than absolute zero: {value}")
        self._celsius = value

    def get_fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32


if __name__ == "__main__":
    room = Temperature(20)
    print(room.get_celsius(), room.get_fahrenheit())
    room.set_celsius(25)
    print(room.get_celsius(), room.get_fahrenheit())
