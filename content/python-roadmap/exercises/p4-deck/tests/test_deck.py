import unittest

from main import Card, Deck


class TestCard(unittest.TestCase):
    def test_repr(self):
        self.assertEqual(repr(Card("Q", "♥")), "Card('Q', '♥')")

    def test_eq(self):
        self.assertEqual(Card("Q", "♥"), Card("Q", "♥"))
        self.assertNotEqual(Card("Q", "♥"), Card("K", "♥"))


class TestDeck(unittest.TestCase):
    def test_full_deck(self):
        deck = Deck()
        self.assertEqual(len(deck), 52, "a new deck has 52 cards")
        self.assertEqual(deck[0], Card("2", "♠"), "the first card is the 2 of spades")
        self.assertEqual(deck[-1], Card("A", "♣"), "the last card is the ace of clubs")
        self.assertEqual(deck[13], Card("2", "♥"), "after the 13 spades come the hearts")

    def test_iter(self):
        cards = []
        for card in Deck():
            cards.append(card)
        self.assertEqual(len(cards), 52, "a for loop over the deck sees all 52 cards")
        self.assertEqual(cards[1], Card("3", "♠"))

    def test_contains(self):
        deck = Deck()
        self.assertTrue(Card("10", "♦") in deck)
        self.assertFalse(Card("1", "♦") in deck, "there is no rank '1'")

    def test_deal(self):
        deck = Deck()
        hand = deck.deal(2)
        self.assertEqual(hand, [Card("2", "♠"), Card("3", "♠")], "deal takes cards from the top")
        self.assertEqual(len(deck), 50)
        self.assertNotIn(Card("2", "♠"), deck, "dealt cards leave the deck")
        self.assertEqual(deck[0], Card("4", "♠"))

    def test_deal_too_many(self):
        deck = Deck()
        deck.deal(50)
        with self.assertRaises(ValueError, msg="dealing 3 cards from 2 should raise ValueError"):
            deck.deal(3)
        self.assertEqual(len(deck), 2, "a refused deal leaves the deck alone")

    def test_decks_are_separate(self):
        a = Deck()
        b = Deck()
        a.deal(5)
        self.assertEqual(len(b), 52, "each deck needs its own list of cards")


if __name__ == "__main__":
    unittest.main()
