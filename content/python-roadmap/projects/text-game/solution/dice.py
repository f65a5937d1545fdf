import random


class Dice:
    """A six-sided die. The same seed always gives the same rolls."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def roll(self) -> int:
        return self.rng.randint(1, 6)


class FixedDice:
    """A die for tests: it rolls the numbers it was given, in order."""

    def __init__(self, rolls: list[int]) -> None:
        self.rolls = list(rolls)

    def roll(self) -> int:
        if not self.rolls:
            raise RuntimeError("FixedDice has no rolls left")
        return self.rolls.pop(0)
