# Tests for slug.py, written first, one rule at a time.
import pytest

from slug import slugify


def test_letters_become_lowercase() -> None:
    assert slugify("Hello") == "hello"


def test_a_space_becomes_a_hyphen() -> None:
    assert slugify("hello world") == "hello-world"


def test_other_characters_are_dropped() -> None:
    assert slugify("Hello, World!") == "hello-world"
    assert slugify("don't panic") == "dont-panic"


def test_digits_stay() -> None:
    assert slugify("Top 10 tips") == "top-10-tips"


@pytest.mark.parametrize("title", ["  hello   world ", "hello - world", "-hello-world-", "hello\tworld"])
def test_one_hyphen_between_words_and_none_at_the_ends(title: str) -> None:
    assert slugify(title) == "hello-world"


def test_a_hyphen_in_a_word_stays() -> None:
    assert slugify("well-known") == "well-known"


@pytest.mark.parametrize("title", ["", "   ", "!?!", "- -"])
def test_no_letters_or_digits_is_an_error(title: str) -> None:
    with pytest.raises(ValueError):
        slugify(title)


if __name__ == "__main__":
    raise SystemExit(pytest.main(["-q", "-p", "no:cacheprovider", __file__]))
