import pytest

from word_tally import tally


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("word", {"word": 1}),
        ("one of each", {"one": 1, "of": 1, "each": 1}),
        ("Go, go, GO! Stop.", {"go": 3, "stop": 1}),
        ("can't won't can't", {"can't": 2, "won't": 1}),
        ("1 fish 2 fish", {"1": 1, "fish": 2, "2": 1}),
    ],
    ids=["one-word", "distinct", "case-and-punctuation", "apostrophes", "numbers"],
)
def test_tally(sentence, expected):
    assert tally(sentence) == expected


def test_empty_sentence():
    assert tally("") == {}


def test_quotes_are_not_part_of_words():
    assert tally("'hello' said 'you'") == {"hello": 1, "said": 1, "you": 1}
