from collections.abc import Iterator

RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]
SUITS = ["♠", "♥", "♦", "♣"]


class Card:
    def __init__(self, rank: str, suit: str) -> None:
        self.rank = rank
        self.suit = suit

    # Add __repr__ and __eq__.


class Deck:
    def __init__(self) -> None:
        self.cards: list[Card] = []
        # Fill self.cards: for each suit, for each rank.

    # Add __len__, __getitem__, __contains__, __iter__ and deal.


if __name__ == "__main__":
    count = int(input())
    rank = input()
    deck = Deck()
    print(deck.deal(count))
    print(len(deck))
    print(deck[0])
    print(Card(rank, "♠") in deck)
    hearts = 0
    for card in deck:
        if card.suit == "♥":
            hearts += 1
    print(hearts)
