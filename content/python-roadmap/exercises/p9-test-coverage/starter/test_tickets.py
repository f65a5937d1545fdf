# Tests for tickets.py, written for pytest. Check runs them.
import pytest

from tickets import ticket_price


def test_adult_on_a_monday() -> None:
    assert ticket_price(30, "monday", False) == 10.0


# Add tests until every branch of ticket_price has run in one of them.
