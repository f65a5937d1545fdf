import random
import unittest

from dice import Dice, FixedDice
from game import EXPLORING, FIGHTING, LOST, WON, Game


class Rolls:
    """The checker's own fake die, so these tests do not depend on yours."""

    def __init__(self, *rolls: int) -> None:
        self.rolls = list(rolls)

    def roll(self) -> int:
        return self.rolls.pop(0)


def play(game: Game, *commands: str) -> list[str]:
    return [game.handle(c) for c in commands]


class TestDice(unittest.TestCase):
    def test_seeded(self):
        rng = random.Random(2024)
        expected = [rng.randint(1, 6) for _ in range(30)]
        dice = Dice(2024)
        self.assertEqual([dice.roll() for _ in range(30)], expected,
                         "Dice(seed) should roll with random.Random(seed).randint(1, 6)")

    def test_own_generator(self):
        a = Dice(1)
        random.seed(999)
        b = Dice(1)
        random.random()
        self.assertEqual([a.roll() for _ in range(10)], [b.roll() for _ in range(10)],
                         "each Dice keeps its own random.Random(seed), untouched by the global random module")

    def test_fixed_dice(self):
        d = FixedDice([3, 5])
        self.assertEqual((d.roll(), d.roll()), (3, 5))
        with self.assertRaises(RuntimeError, msg="FixedDice with no rolls left should raise RuntimeError"):
            d.roll()


class TestExploring(unittest.TestCase):
    def test_new_game(self):
        g = Game(Rolls())
        self.assertEqual((g.room, g.hp, g.gold, g.state), ("hall", 10, 0, EXPLORING))
        self.assertFalse(g.is_over())

    def test_look(self):
        self.assertEqual(Game(Rolls()).handle("look"),
                         "A cold stone hall. Torches flicker on the walls. Exits: east, north.")

    def test_commands_ignore_case_and_spaces(self):
        self.assertEqual(Game(Rolls()).handle("  LOOK "),
                         "A cold stone hall. Torches flicker on the walls. Exits: east, north.")

    def test_help_and_status(self):
        g = Game(Rolls())
        self.assertEqual(g.handle("help"), "Commands: look, go DIRECTION, take, status, quit.")
        self.assertEqual(g.handle("status"), "HP 10, gold 0")

    def test_unknown_and_empty(self):
        g = Game(Rolls())
        self.assertEqual(g.handle("dance wildly"), "I don't understand 'dance wildly'.")
        self.assertEqual(g.handle("   "), "Say something: try help.")

    def test_go(self):
        g = Game(Rolls())
        self.assertEqual(g.handle("go west"), "You can't go that way.")
        self.assertEqual(g.room, "hall")
        self.assertEqual(g.handle("go north"), "You enter the library.")
        self.assertEqual(g.room, "library")

    def test_take(self):
        g = Game(Rolls())
        self.assertEqual(play(g, "take", "go north", "take", "take"),
                         ["There is nothing here to take.", "You enter the library.", "You take 3 gold.",
                          "There is nothing here to take."])
        self.assertEqual(g.gold, 3)

    def test_worlds_are_separate(self):
        a = Game(Rolls())
        b = Game(Rolls())
        play(a, "go north", "take")
        self.assertEqual(play(b, "go north", "take")[1], "You take 3 gold.",
                         "each game needs its own world: a new build_world() each time")

    def test_quit(self):
        g = Game(Rolls())
        self.assertEqual(g.handle("quit"), "You give up. Game over.")
        self.assertEqual(g.state, LOST)
        self.assertTrue(g.is_over())
        self.assertEqual(g.handle("look"), "The game is over.")


class TestFighting(unittest.TestCase):
    def test_monster_blocks(self):
        g = Game(Rolls())
        self.assertEqual(g.handle("go east"), "You enter the armory. A goblin blocks your way!")
        self.assertEqual(g.state, FIGHTING)
        self.assertEqual(g.handle("go north"), "The goblin is in your way! attack or flee.")
        self.assertEqual(g.room, "armory")

    def test_hit(self):
        g = Game(Rolls(4))
        g.handle("go east")
        self.assertEqual(g.handle("attack"), "You roll 4 and hit the goblin. It runs away!")
        self.assertEqual(g.state, EXPLORING)
        self.assertEqual(play(g, "go west", "go east"), ["You enter the hall.", "You enter the armory."],
                         "a beaten monster is gone for good")

    def test_miss(self):
        g = Game(Rolls(3))
        g.handle("go east")
        self.assertEqual(g.handle("attack"), "You roll 3. The goblin hits you. HP 7.")
        self.assertEqual(g.state, FIGHTING)

    def test_fall(self):
        g = Game(Rolls(1, 2, 3, 1))
        g.handle("go east")
        lines = play(g, "attack", "attack", "attack", "attack")
        self.assertEqual(lines[-1], "You roll 1. The goblin hits you. You have fallen. Game over.")
        self.assertEqual((g.hp, g.state), (0, LOST))
        self.assertTrue(g.is_over())

    def test_flee(self):
        g = Game(Rolls())
        g.handle("go east")
        self.assertEqual(g.handle("flee"), "You flee back to the hall.")
        self.assertEqual((g.room, g.state), ("hall", EXPLORING))
        self.assertEqual(g.handle("go east"), "You enter the armory. A goblin blocks your way!",
                         "after fleeing, the monster is still there")


class TestWinning(unittest.TestCase):
    def test_gate_locked(self):
        g = Game(Rolls(6))
        play(g, "go east", "attack", "go north")
        self.assertEqual(g.handle("go east"), "The gate is locked. It wants 10 gold.")
        self.assertEqual((g.room, g.state), ("vault", EXPLORING))

    def test_win(self):
        g = Game(Rolls(6))
        play(g, "go east", "attack", "go north", "take")
        self.assertEqual(g.handle("go east"), "You pay the gate and walk out into the sun. You win!")
        self.assertEqual(g.state, WON)
        self.assertTrue(g.is_over())


class TestYourTests(unittest.TestCase):
    def test_your_tests_pass(self):
        import test_game
        suite = unittest.defaultTestLoader.loadTestsFromModule(test_game)
        result = unittest.TestResult()
        suite.run(result)
        self.assertGreaterEqual(result.testsRun, 5, "write at least five tests in test_game.py")
        broken = [str(test) for test, _ in result.failures + result.errors]
        self.assertEqual(broken, [], "your own tests in test_game.py should all pass")


if __name__ == "__main__":
    unittest.main()
