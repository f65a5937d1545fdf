import unittest

from main import Animal, Cat, Cow, Dog, Parrot, chorus


class TestAnimals(unittest.TestCase):
    def test_subclasses(self):
        for cls in (Cat, Cow, Parrot):
            self.assertTrue(issubclass(cls, Animal), f"{cls.__name__} should be a subclass of Animal: class {cls.__name__}(Animal):")

    def test_speak(self):
        self.assertEqual(Cat("Tom").speak(), "Meow")
        self.assertEqual(Cow("Daisy").speak(), "Moo")

    def test_parrot(self):
        polly = Parrot("Polly", "Cracker")
        self.assertEqual(polly.name, "Polly", "Parrot.__init__ should call super().__init__(name) so the name is stored")
        self.assertEqual(polly.speak(), "Cracker Cracker")
        self.assertEqual(polly.introduce(), "Polly says Cracker Cracker", "introduce() is inherited from Animal")

    def test_chorus(self):
        animals = [Cow("A"), Dog("B"), Parrot("C", "Hi")]
        self.assertEqual(chorus(animals), ["A says Moo", "B says Woof", "C says Hi Hi"])
        self.assertEqual(chorus([]), [], "no animals, no lines")

    def test_chorus_new_kind(self):
        class Duck(Animal):
            def speak(self) -> str:
                return "Quack"

        self.assertEqual(chorus([Duck("D")]), ["D says Quack"],
                         "chorus should work with any Animal, even a kind it has never seen")


if __name__ == "__main__":
    unittest.main()
