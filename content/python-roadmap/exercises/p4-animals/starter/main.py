class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def speak(self) -> str:
        return "..."

    def introduce(self) -> str:
        return f"{self.name} says {self.speak()}"


class Dog(Animal):
    def speak(self) -> str:
        return "Woof"


# 1. Write Cat and Cow here.

# 2. Write Parrot here. Its __init__ calls super().__init__(name).


def chorus(animals: list[Animal]) -> list[str]:
    # 3. Build a list with animal.introduce() for every animal.
    return []


if __name__ == "__main__":
    dog_name = input()
    cat_name = input()
    cow_name = input()
    parrot_name = input()
    word = input()
    farm = [Dog(dog_name), Cat(cat_name), Cow(cow_name), Parrot(parrot_name, word)]
    for line in chorus(farm):
        print(line)
