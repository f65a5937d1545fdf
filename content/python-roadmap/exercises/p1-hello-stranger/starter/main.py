name = input()
# If name is not empty, greet it; otherwise greet the stranger.
