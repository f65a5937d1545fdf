def sum_readings(readings: list[str], sensor: dict[str, bool]) -> int:
    """Switch the sensor on, add up the readings, switch it off again."""
    sensor["on"] = True
    total = 0
    for reading in readings:
        total += int(reading)
    sensor["on"] = False
    return total


sensor = {"on": False}
print(sum_readings(["12", "30"], sensor), sensor)
try:
    sum_readings(["12", "oops", "30"], sensor)
except ValueError as error:
    print("Bad reading:", error)
print(sensor)
