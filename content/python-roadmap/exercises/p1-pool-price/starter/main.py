age = int(input())
day = input()

# One if, one else: join the parts of the rule with and / or.
