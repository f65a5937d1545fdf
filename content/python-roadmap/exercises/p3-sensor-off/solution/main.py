def sum_readings(readings: list[str], sensor: dict[str, bool]) -> int:
    """Switch the sensor on, add up the readings, switch it off again."""
    sensor["on"] = True
    try:
        total = 0
        for reading in readings:
            total += int(reading)
        return total
    finally:
        sensor["on"] = False


sensor = {"on": False}
print(sum_readings(["12", "30"], sensor), sensor)
try:
    sum_readings(["12", "oops", "30"], sensor)
except ValueError as error:
    print("Bad reading:", error)
print(sensor)
