text = input()
count = 0
# for each letter in text: if it is a vowel, count it
