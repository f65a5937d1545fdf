# def total(lines: list[str]) -> tuple[float, int]:


count = int(input())
lines: list[str] = []
for _ in range(count):
    lines.append(input())
amount, skipped = total(lines)
print(f"Total: {amount}, skipped {skipped} lines")
