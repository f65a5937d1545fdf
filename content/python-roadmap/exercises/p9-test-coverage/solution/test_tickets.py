# Tests for tickets.py, written for pytest. Run them with F5.
import pytest

from tickets import ticket_price


def test_adult_on_a_monday() -> None:
    assert ticket_price(30, "monday", False) == 10.0


def test_a_negative_age_is_refused() -> None:
    with pytest.raises(ValueError):
        ticket_price(-1, "monday", False)


@pytest.mark.parametrize("age", [0, 5])
def test_under_six_is_free(age: int) -> None:
    assert ticket_price(age, "tuesday", True) == 0.0


@pytest.mark.parametrize("age, expected", [
    (6, 6.0),     # a child: the left side of the or
    (17, 6.0),
    (18, 10.0),   # an adult: the else
    (64, 10.0),
    (65, 6.0),    # a senior: the right side of the or
])
def test_price_by_age(age: int, expected: float) -> None:
    assert ticket_price(age, "friday", False) == expected


def test_tuesday_is_half_price() -> None:
    assert ticket_price(30, "tuesday", False) == 5.0


def test_members_pay_one_euro_less() -> None:
    assert ticket_price(30, "monday", True) == 9.0


def test_member_on_a_tuesday() -> None:
    assert ticket_price(70, "tuesday", True) == 2.0


if __name__ == "__main__":
    raise SystemExit(pytest.main(["-q", "-p", "no:cacheprovider", __file__]))
