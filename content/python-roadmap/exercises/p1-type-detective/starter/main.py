# Predict, then print the type of each value with print(type(...)).
# 42    -> my guess:
# 3.5   -> my guess:
# "42"  -> my guess:
# True  -> my guess:
