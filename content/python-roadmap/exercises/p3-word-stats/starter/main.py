# def word_stats(text: str) -> tuple[int, str]:


count, longest = word_stats(input())
print(f"{count} words, longest: {longest}")
