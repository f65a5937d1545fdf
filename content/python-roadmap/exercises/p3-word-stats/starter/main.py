# def word_stats(text: str) -> tuple[int, str]:


count, longest = word_stats("the quick brown fox")
print(f"{count} words, longest: {longest}")
