line = input()
name, year, city = line.split(",")
print(f"{name} was born in {city} in {year}.")
