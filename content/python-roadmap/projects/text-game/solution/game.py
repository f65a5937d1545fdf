from typing import Protocol

from world import Room, build_world

EXPLORING = "exploring"
FIGHTING = "fighting"
WON = "won"
LOST = "lost"

START_HP = 10
MONSTER_DAMAGE = 3
GATE_PRICE = 10


class Roller(Protocol):
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
        return self.state in (WON, LOST)

    def handle(self, command: str) -> str:
        words = command.strip().lower().split()
        if self.is_over():
            return "The game is over."
        if not words:
            return "Say something: try help."
        if self.state == FIGHTING:
            return self.fight(words)
        return self.explore(words)

    def explore(self, words: list[str]) -> str:
        verb = words[0]
        here = self.world[self.room]
        if verb == "help":
            return "Commands: look, go DIRECTION, take, status, quit."
        if verb == "look":
            return f"{here.description} Exits: {', '.join(sorted(here.exits))}."
        if verb == "status":
            return f"HP {self.hp}, gold {self.gold}"
        if verb == "take":
            if here.treasure == 0:
                return "There is nothing here to take."
            found = here.treasure
            self.gold += found
            here.treasure = 0
            return f"You take {found} gold."
        if verb == "go" and len(words) == 2:
            return self.go(words[1])
        if verb == "quit":
            self.state = LOST
            return "You give up. Game over."
        return f"I don't understand '{' '.join(words)}'."

    def go(self, direction: str) -> str:
        here = self.world[self.room]
        if direction not in here.exits:
            return "You can't go that way."
        target = here.exits[direction]
        if target == "gate":
            if self.gold < GATE_PRICE:
                return f"The gate is locked. It wants {GATE_PRICE} gold."
            self.room = target
            self.state = WON
            return "You pay the gate and walk out into the sun. You win!"
        self.previous = self.room
        self.room = target
        message = f"You enter the {target}."
        monster = self.world[target].monster
        if monster is not None:
            self.state = FIGHTING
            message += f" A {monster} blocks your way!"
        return message

    def fight(self, words: list[str]) -> str:
        here = self.world[self.room]
        monster = here.monster
        if words[0] == "flee":
            self.room = self.previous
            self.state = EXPLORING
            return f"You flee back to the {self.room}."
        if words[0] != "attack":
            return f"The {monster} is in your way! attack or flee."
        roll = self.dice.roll()
        if roll >= 4:
            here.monster = None
            self.state = EXPLORING
            return f"You roll {roll} and hit the {monster}. It runs away!"
        self.hp -= MONSTER_DAMAGE
        if self.hp <= 0:
            self.hp = 0
            self.state = LOST
            return f"You roll {roll}. The {monster} hits you. You have fallen. Game over."
        return f"You roll {roll}. The {monster} hits you. HP {self.hp}."
