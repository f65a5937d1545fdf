def parse_city(line: str) -> tuple[str, int, float]:
    """Read "name;population;area" into a tuple."""
    name, population, area = line.split(";")
    return (name.strip(), int(population), float(area))


def densest(cities: list[tuple[str, int, float]]) -> tuple[str, int, float]:
    """Return the city with the most people per square kilometre."""
    best = cities[0]
    for city in cities:
        if city[1] / city[2] > best[1] / best[2]:
            best = city
    return best


if __name__ == "__main__":
    cities = [parse_city("Oslo;709000;454"), parse_city("Paris;2102650;105.4")]
    print(densest(cities))
