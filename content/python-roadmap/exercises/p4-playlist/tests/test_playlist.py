import unittest

from main import Playlist, Song


class TestSong(unittest.TestCase):
    def test_song(self):
        s = Song("X", 187)
        self.assertEqual(s.title, "X")
        self.assertEqual(s.seconds, 187)
        self.assertEqual(s.length(), "3:07", "187 seconds is 3 minutes and 7 seconds: 3:07")
        self.assertEqual(Song("Y", 60).length(), "1:00")
        self.assertEqual(Song("Z", 5).length(), "0:05")


class TestPlaylist(unittest.TestCase):
    def test_empty(self):
        p = Playlist("Empty")
        self.assertEqual(p.songs, [], "a new playlist has no songs")
        self.assertEqual(p.total_seconds(), 0)
        self.assertIsNone(p.longest(), "an empty playlist has no longest song: return None")

    def test_add_keeps_order(self):
        p = Playlist("P")
        a, b = Song("A", 10), Song("B", 20)
        p.add(a)
        p.add(b)
        self.assertEqual(p.songs, [a, b], "add puts the song at the end")

    def test_total_and_longest(self):
        p = Playlist("P")
        a, b, c = Song("A", 100), Song("B", 300), Song("C", 300)
        for s in (a, b, c):
            p.add(s)
        self.assertEqual(p.total_seconds(), 700)
        self.assertIs(p.longest(), b, "the first of equally long songs wins")

    def test_playlists_do_not_share_songs(self):
        p1 = Playlist("1")
        p2 = Playlist("2")
        p1.add(Song("A", 1))
        self.assertEqual(p2.songs, [], "each playlist needs its own list: create it in __init__")

    def test_summary(self):
        p = Playlist("Mix")
        p.add(Song("A", 61))
        p.add(Song("B", 4))
        self.assertEqual(p.summary(), "Mix: 2 songs, 1:05")


if __name__ == "__main__":
    unittest.main()
