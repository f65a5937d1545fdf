from typing import Protocol

from world import Room, build_world

# The game is a state machine: it is always in exactly one of these states,
# and the state decides what a command means.
EXPLORING = "exploring"
FIGHTING = "fighting"
WON = "won"
LOST = "lost"

START_HP = 10
MONSTER_DAMAGE = 3
GATE_PRICE = 10


class Roller(Protocol):
    """Anything with a roll() method: a Dice, a FixedDice, …"""

    def roll(self) -> int:
        ...


class Game:
    def __init__(self, dice: Roller, world: dict[str, Room] | None = None) -> None:
        self.dice = dice
        self.world = world if world is not None else build_world()
        self.room = "hall"
        self.previous = "hall"
        self.hp = START_HP
        self.gold = 0
        self.state = EXPLORING

    def is_over(self) -> bool:
        # Step 2: True once the game is won or lost.
        return False

    def handle(self, command: str) -> str:
        """Does one command and returns what the player reads."""
        # Step 2: split the command into lower-case words, then:
        # - game over: "The game is over."
        # - no words at all: "Say something: try help."
        # - FIGHTING: return self.fight(words)
        # - otherwise: return self.explore(words)
        return ""

    def explore(self, words: list[str]) -> str:
        # Step 3: help, look, status, take, go DIRECTION, quit, and
        # "I don't understand '...'." for anything else.
        return ""

    def go(self, direction: str) -> str:
        # Step 4: move, start fights, and the locked gate.
        return ""

    def fight(self, words: list[str]) -> str:
        # Step 5: attack (roll the dice!) and flee.
        return ""
