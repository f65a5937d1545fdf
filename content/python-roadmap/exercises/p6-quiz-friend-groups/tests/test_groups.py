import unittest

from groups import build_graph, friend_groups


class BuildGraphTests(unittest.TestCase):
    def test_both_ways(self):
        graph = build_graph(["ann", "bo", "cy"], [("ann", "bo")])
        self.assertEqual(graph["ann"], {"bo"})
        self.assertEqual(graph["bo"], {"ann"},
                         "Friendship goes both ways: the pair (ann, bo) makes ann a friend of bo too")

    def test_lonely_name(self):
        graph = build_graph(["ann", "bo", "cy"], [("ann", "bo")])
        self.assertIn("cy", graph, "Every name is a key of the graph, even one without friends")
        self.assertEqual(graph["cy"], set(), "A name without friends maps to an empty set")

    def test_repeated_pair(self):
        graph = build_graph(["a", "b"], [("a", "b"), ("b", "a")])
        self.assertEqual(graph, {"a": {"b"}, "b": {"a"}}, "A set holds each friend once")


class FriendGroupsTests(unittest.TestCase):
    def test_example(self):
        graph = build_graph(["ann", "bo", "cy", "dee", "eve"],
                            [("ann", "cy"), ("dee", "bo"), ("cy", "eve")])
        self.assertEqual(friend_groups(graph), [["ann", "cy", "eve"], ["bo", "dee"]])

    def test_friends_of_friends(self):
        graph = build_graph(["p", "q", "r", "s", "t", "u"],
                            [("u", "t"), ("t", "s"), ("p", "r")])
        self.assertEqual(friend_groups(graph), [["p", "r"], ["q"], ["s", "t", "u"]],
                         "u is linked to s through t, so they are one group; q alone is a group of one")

    def test_cycle(self):
        graph = build_graph(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "a")])
        self.assertEqual(friend_groups(graph), [["a", "b", "c"], ["d"]],
                         "A circle of friends must not make the search run forever: mark who you have seen")

    def test_empty(self):
        self.assertEqual(friend_groups({}), [], "No people, no groups")

    def test_long_chain(self):
        names = [f"n{i:05d}" for i in range(5000)]
        pairs = [(names[i], names[i + 1]) for i in range(4999)]
        try:
            groups = friend_groups(build_graph(names, pairs))
        except RecursionError:
            self.fail("A chain of 5,000 friends made the search call itself too deeply "
                      "(`RecursionError`): search with a loop and a queue or stack instead")
        self.assertEqual(len(groups), 1, "A chain of friends is one group")
        self.assertEqual(groups[0], names)


if __name__ == "__main__":
    unittest.main()
