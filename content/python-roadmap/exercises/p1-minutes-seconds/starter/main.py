seconds = int(input())

# Whole minutes: //      Seconds left over: %
