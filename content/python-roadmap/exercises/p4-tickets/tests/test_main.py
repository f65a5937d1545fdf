import unittest

from main import Ticket


class TestTicket(unittest.TestCase):
    def setUp(self) -> None:
        Ticket.issued = 0

    def test_holder(self) -> None:
        self.assertEqual(Ticket("Ada").holder, "Ada")
        self.assertEqual(Ticket("Grace").holder, "Grace")

    def test_count_is_shared(self) -> None:
        Ticket("Ada")
        Ticket("Alan")
        Ticket("Grace")
        self.assertEqual(
            Ticket.issued, 3,
            "after three new tickets, Ticket.issued should be 3. "
            "`self.issued += 1` makes a new attribute on one ticket and "
            "leaves the class's count alone: write to the class")

    def test_count_not_on_the_ticket(self) -> None:
        ticket = Ticket("Ada")
        self.assertNotIn(
            "issued", vars(ticket),
            "a ticket has an `issued` attribute of its own, which hides "
            "the class's count: change Ticket.issued instead")

    def test_numbers(self) -> None:
        numbers = [Ticket("A").number, Ticket("B").number, Ticket("C").number]
        self.assertEqual(numbers, [1, 2, 3],
                         "tickets should be numbered 1, 2, 3, … in the "
                         "order they were made")

    def test_own_notes(self) -> None:
        ada = Ticket("Ada")
        alan = Ticket("Alan")
        ada.add_note("front row")
        ada.add_note("vegetarian")
        alan.add_note("late")
        self.assertEqual(ada.notes, ["front row", "vegetarian"])
        self.assertEqual(
            alan.notes, ["late"],
            "one ticket's notes showed up on another: a list in the class "
            "body is one list shared by all tickets. Make each ticket's "
            "list in __init__")
        self.assertEqual(Ticket("Grace").notes, [],
                         "a new ticket should start with no notes")

    def test_venue_is_shared(self) -> None:
        self.assertEqual(getattr(Ticket, "venue", None), "Main Hall",
                         "Ticket.venue should be 'Main Hall': the same for "
                         "every ticket, so a class attribute")
        ticket = Ticket("Ada")
        self.assertEqual(ticket.venue, "Main Hall")
        self.assertNotIn("venue", vars(ticket),
                         "each ticket stores its own copy of the venue: "
                         "assign it once, in the class body, not in __init__")


if __name__ == "__main__":
    unittest.main()
