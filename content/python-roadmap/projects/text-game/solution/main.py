import sys

from dice import Dice
from game import Game


def main() -> None:
    seed = 1
    if len(sys.argv) > 1:
        seed = int(sys.argv[1])
    game = Game(Dice(seed))
    print("Welcome to the Dungeon of the Seeded Dice. Type help.")
    while not game.is_over():
        try:
            command = input("> ")
        except EOFError:
            print()
            break
        print(game.handle(command))


if __name__ == "__main__":
    main()
