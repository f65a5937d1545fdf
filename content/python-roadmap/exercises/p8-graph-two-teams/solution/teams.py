from collections import deque

# Plan:
#   by hand: Ana A, so Ben and Dan B, so Cas A: it works; in a triangle the
#            third pupil has rivals on both teams
#   the walk: breadth-first, from every pupil who has no team yet
#   written down for each pupil: team 0 or 1
#   the answer is False when: a rival already has the same team as the pupil


def two_teams(rivals: dict[str, list[str]]) -> bool:
    team: dict[str, int] = {}
    for first in rivals:
        if first in team:
            continue
        team[first] = 0
        queue = deque([first])
        while queue:
            pupil = queue.popleft()
            for rival in rivals[pupil]:
                if rival not in team:
                    team[rival] = 1 - team[pupil]
                    queue.append(rival)
                elif team[rival] == team[pupil]:
                    return False
    return True


if __name__ == "__main__":
    print(two_teams({"Ana": ["Ben", "Dan"], "Ben": ["Ana", "Cas"],
                     "Cas": ["Ben", "Dan"], "Dan": ["Cas", "Ana"]}))             # True
    print(two_teams({"Ana": ["Ben", "Cas"], "Ben": ["Ana", "Cas"], "Cas": ["Ana", "Ben"]}))  # False
