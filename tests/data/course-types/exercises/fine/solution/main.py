import helper

result: int = helper.twice(21)
print(result)
