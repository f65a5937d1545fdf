# 1. Read first with input(), and make second.

# 2. Compare their ids.

# 3. Change first.

# 4. Compare the ids again.

# 5. Print second.
