import unittest

from dice import FixedDice
from game import EXPLORING, Game


class TestGame(unittest.TestCase):
    def test_starts_in_the_hall(self) -> None:
        game = Game(FixedDice([]))
        self.assertEqual(game.room, "hall")
        self.assertEqual(game.state, EXPLORING)

    # Step 6: add your own tests below: at least five tests in all.
    # FixedDice([6]) makes the next attack hit; FixedDice([1]) makes it miss.


if __name__ == "__main__":
    unittest.main()
