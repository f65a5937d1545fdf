# Plan:
#   by hand: a=dog, b=cat fits; a=dog, b=dog breaks "different letters,
#            different words"
#   remember while walking: the word of each letter, the letter of each word
#   steps: split the sentence; lengths must match; walk letter and word side
#          by side; a letter or word seen before must keep its partner


def follows(pattern: str, sentence: str) -> bool:
    words = sentence.split(" ") if sentence else []
    if len(words) != len(pattern):
        return False
    word_of: dict[str, str] = {}
    letter_of: dict[str, str] = {}
    for letter, word in zip(pattern, words):
        if word_of.setdefault(letter, word) != word:
            return False
        if letter_of.setdefault(word, letter) != letter:
            return False
    return True


if __name__ == "__main__":
    print(follows("abba", "dog cat cat dog"))     # True
    print(follows("abba", "dog dog dog dog"))     # False
