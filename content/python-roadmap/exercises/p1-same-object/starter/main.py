# 1. Make first and second.

# 2. Compare their ids.

# 3. Change first.

# 4. Compare the ids again.

# 5. Print second.
