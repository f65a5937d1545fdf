# def total(lines: list[str]) -> tuple[float, int]:


amount, skipped = total(["2.5", "oops", "4", ""])
print(f"Total: {amount}, skipped {skipped} lines")
