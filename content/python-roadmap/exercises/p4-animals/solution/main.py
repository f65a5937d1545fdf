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


class Cat(Animal):
    def speak(self) -> str:
        return "Meow"


class Cow(Animal):
    def speak(self) -> str:
        return "Moo"


class Parrot(Animal):
    def __init__(self, name: str, word: str) -> None:
        super().__init__(name)
        self.word = word

    def speak(self) -> str:
        return f"{self.word} {self.word}"


def chorus(animals: list[Animal]) -> list[str]:
    lines = []
    for animal in animals:
        lines.append(animal.introduce())
    return lines


if __name__ == "__main__":
    dog_name = input()
    cat_name = input()
    cow_name = input()
    parrot_name = input()
    word = input()
    farm = [Dog(dog_name), Cat(cat_name), Cow(cow_name), Parrot(parrot_name, word)]
    for line in chorus(farm):
        print(line)
