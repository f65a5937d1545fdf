year = int(input())
# divisible by 4 -> leap, but not if divisible by 100, unless divisible by 400
