largest = 0
# read numbers until 0 and keep the largest one seen so far
print(largest)
