# Tests for tickets.py, written for pytest. Run them with F5.
import pytest

from tickets import ticket_price


def test_adult_on_a_monday() -> None:
    assert ticket_price(30, "monday", False) == 10.0


# Add tests until every branch of ticket_price has run in one of them.


if __name__ == "__main__":
    raise SystemExit(pytest.main(["-q", "-p", "no:cacheprovider", __file__]))
