# Tests for slug.py, written first, one rule at a time.
import pytest

from slug import slugify


# Rule 1, red: this test fails until slugify lowercases. Make it green,
# then write the test for rule 2.
def test_letters_become_lowercase() -> None:
    assert slugify("Hello") == "hello"


if __name__ == "__main__":
    raise SystemExit(pytest.main(["-q", "-p", "no:cacheprovider", __file__]))
