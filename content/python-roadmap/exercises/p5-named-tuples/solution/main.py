from typing import NamedTuple


class City(NamedTuple):
    name: str
    population: int
    area: float


def parse_city(line: str) -> City:
    """Read "name;population;area" into a City."""
    name, population, area = line.split(";")
    return City(name.strip(), int(population), float(area))


def densest(cities: list[City]) -> City:
    """Return the city with the most people per square kilometre."""
    if len(cities) == 0:
        raise ValueError("no cities to compare")
    best = cities[0]
    for city in cities:
        if city.population / city.area > best.population / best.area:
            best = city
    return best


if __name__ == "__main__":
    cities = [parse_city("Oslo;709000;454"), parse_city("Paris;2102650;105.4")]
    print(densest(cities))
