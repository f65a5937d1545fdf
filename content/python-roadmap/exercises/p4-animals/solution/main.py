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
    farm = [Dog("Rex"), Cat("Tom"), Cow("Daisy"), Parrot("Polly", "Hello")]
    for line in chorus(farm):
        print(line)
