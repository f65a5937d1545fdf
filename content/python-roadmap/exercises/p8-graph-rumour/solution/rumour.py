from collections import deque

# Plan:
#   by hand: Ada 0, Bo 1, Cy 2, Di 3, Eli 4; with Eli too: Bo and Di 1, Cy 2
#   the walk: breadth-first search; a pupil's minute is one more than the
#             minute of the pupil who told them
#   several first pupils: all in the queue at minute 0 before the walk starts


def minutes_to_spread(friends: dict[str, list[str]], first: list[str]) -> int:
    minute = {pupil: 0 for pupil in first}
    queue = deque(first)
    while queue:
        pupil = queue.popleft()
        for friend in friends[pupil]:
            if friend not in minute:
                minute[friend] = minute[pupil] + 1
                queue.append(friend)
    if len(minute) < len(friends):
        return -1
    return max(minute.values(), default=0)


if __name__ == "__main__":
    school = {"Ada": ["Bo"], "Bo": ["Ada", "Cy"], "Cy": ["Bo", "Di"],
              "Di": ["Cy", "Eli"], "Eli": ["Di"]}
    print(minutes_to_spread(school, ["Ada"]))            # 4
    print(minutes_to_spread(school, ["Ada", "Eli"]))     # 2
