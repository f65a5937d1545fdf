first = set(input().split())
second = set(input().split())
# Both: &     Only first: -     Everybody: |
