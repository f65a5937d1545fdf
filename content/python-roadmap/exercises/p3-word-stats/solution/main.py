def word_stats(text: str) -> tuple[int, str]:
    words = text.split()
    longest = ""
    for word in words:
        if len(word) > len(longest):
            longest = word
    return len(words), longest


count, longest = word_stats(input())
print(f"{count} words, longest: {longest}")
