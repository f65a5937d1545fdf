# The teacher's tests of the learner's slugify, one rule at a time.
import pytest

from slug import slugify


@pytest.mark.parametrize("title, expected", [("Hello", "hello"), ("PYTHON", "python"), ("MiXeD", "mixed")])
def test_rule_1_lowercase(title, expected):
    assert slugify(title) == expected, f"Rule 1: every letter becomes lowercase, so {title!r} gives {expected!r}"


@pytest.mark.parametrize("title, expected", [("hello world", "hello-world"), ("a b c", "a-b-c")])
def test_rule_2_spaces_become_hyphens(title, expected):
    assert slugify(title) == expected, f"Rule 2: a space between words becomes a hyphen: {title!r} gives {expected!r}"


@pytest.mark.parametrize("title, expected", [
    ("Hello, World!", "hello-world"),
    ("don't panic", "dont-panic"),
    ("Top 10 tips", "top-10-tips"),
    ("café au lait", "café-au-lait"),
    ("C++ & you?", "c-you"),
])
def test_rule_3_only_letters_and_digits_stay(title, expected):
    assert slugify(title) == expected, (
        f"Rule 3: letters and digits stay (char.isalnum()), other characters are dropped: {title!r} gives {expected!r}")


@pytest.mark.parametrize("title, expected", [
    ("  hello   world ", "hello-world"),
    ("hello - world", "hello-world"),
    ("-hello-world-", "hello-world"),
    ("hello\tworld", "hello-world"),
    ("well-known  fact", "well-known-fact"),
    ("  Top 10 -- Python   tips  ", "top-10-python-tips"),
])
def test_rule_4_one_hyphen_between_words(title, expected):
    assert slugify(title) == expected, (
        f"Rule 4: spaces and hyphens between two words make ONE hyphen, and none at the start or end: "
        f"{title!r} gives {expected!r}")


@pytest.mark.parametrize("title", ["", "   ", "!?!", "- -", "...\t"])
def test_rule_5_nothing_left_is_an_error(title):
    try:
        result = slugify(title)
    except ValueError:
        return
    raise AssertionError(f"Rule 5: {title!r} has no letter or digit, so slugify must raise ValueError; "
                         f"it gave {result!r}")
