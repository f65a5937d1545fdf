import unittest

from dice import Dice, FixedDice
from game import EXPLORING, FIGHTING, LOST, WON, Game


class TestGame(unittest.TestCase):
    def test_starts_in_the_hall(self) -> None:
        game = Game(FixedDice([]))
        self.assertEqual(game.room, "hall")
        self.assertEqual(game.state, EXPLORING)

    def test_take_treasure_once(self) -> None:
        game = Game(FixedDice([]))
        game.handle("go north")
        self.assertEqual(game.handle("take"), "You take 3 gold.")
        self.assertEqual(game.handle("take"), "There is nothing here to take.")
        self.assertEqual(game.gold, 3)

    def test_monster_starts_a_fight(self) -> None:
        game = Game(FixedDice([]))
        game.handle("go east")
        self.assertEqual(game.state, FIGHTING)

    def test_good_roll_wins_the_fight(self) -> None:
        game = Game(FixedDice([5]))
        game.handle("go east")
        game.handle("attack")
        self.assertEqual(game.state, EXPLORING)

    def test_bad_rolls_lose_the_game(self) -> None:
        game = Game(FixedDice([1, 1, 1, 1]))
        game.handle("go east")
        for _ in range(4):
            game.handle("attack")
        self.assertEqual(game.state, LOST)
        self.assertTrue(game.is_over())

    def test_gate_needs_gold(self) -> None:
        game = Game(FixedDice([6]))
        for command in ["go east", "attack", "go north", "go east"]:
            game.handle(command)
        self.assertEqual(game.state, EXPLORING)
        game.handle("take")
        game.handle("go east")
        self.assertEqual(game.state, WON)

    def test_same_seed_same_rolls(self) -> None:
        a = Dice(42)
        b = Dice(42)
        for _ in range(20):
            self.assertEqual(a.roll(), b.roll())


if __name__ == "__main__":
    unittest.main()
