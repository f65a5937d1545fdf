from collections.abc import Iterator

RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]
SUITS = ["♠", "♥", "♦", "♣"]


class Card:
    def __init__(self, rank: str, suit: str) -> None:
        self.rank = rank
        self.suit = suit

    def __repr__(self) -> str:
        return f"Card({self.rank!r}, {self.suit!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank and self.suit == other.suit


class Deck:
    def __init__(self) -> None:
        self.cards: list[Card] = []
        for suit in SUITS:
            for rank in RANKS:
                self.cards.append(Card(rank, suit))

    def __len__(self) -> int:
        return len(self.cards)

    def __getitem__(self, index: int) -> Card:
        return self.cards[index]

    def __contains__(self, card: object) -> bool:
        return card in self.cards

    def __iter__(self) -> Iterator[Card]:
        return iter(self.cards)

    def deal(self, count: int) -> list[Card]:
        if count > len(self.cards):
            raise ValueError(f"only {len(self.cards)} cards left")
        hand = self.cards[:count]
        self.cards = self.cards[count:]
        return hand


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
