import random


class Dice:
    """A six-sided die. The same seed always gives the same rolls."""

    def __init__(self, seed: int) -> None:
        # Step 1: keep your own random number generator: random.Random(seed)
        ...

    def roll(self) -> int:
        # Step 1: a number from 1 to 6, from your own generator.
        return 6


class FixedDice:
    """A die for tests: it rolls the numbers it was given, in order."""

    def __init__(self, rolls: list[int]) -> None:
        self.rolls = list(rolls)

    def roll(self) -> int:
        # Step 1: hand out the first number that is left, and remove it.
        # No numbers left? raise RuntimeError: the test gave too few.
        return 6
