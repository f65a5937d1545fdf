text = input()
count = 0
for letter in text:
    if letter in "aeiouAEIOU":
        count += 1
print("Vowels:", count)
