import os
import tempfile
import unittest

from main import longest_line, shout


class TestFiles(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def write(self, name, text):
        path = os.path.join(self.folder.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def read(self, path):
        with open(path, encoding="utf-8") as f:
            return f.read()

    def test_longest(self):
        path = self.write("poem.txt", "roses are red\nviolets are blue\nsugar is sweet\n")
        self.assertEqual(longest_line(path), "violets are blue",
                         "the longest line of the poem is 'violets are blue', without its newline")

    def test_longest_other_file(self):
        path = self.write("other.txt", "a\nabc\nab\n")
        self.assertEqual(longest_line(path), "abc", "longest_line must read the file it is given")

    def test_first_of_equals(self):
        path = self.write("ties.txt", "one\ntwo\nsix\n")
        self.assertEqual(longest_line(path), "one", "when lines are equally long, return the first of them")

    def test_last_line_without_newline(self):
        path = self.write("end.txt", "hi\nthe longest")
        self.assertEqual(longest_line(path), "the longest", "the last line may have no newline: it still counts")

    def test_empty(self):
        path = self.write("empty.txt", "")
        self.assertEqual(longest_line(path), "", "an empty file has no lines: return the empty string")

    def test_shout(self):
        source = self.write("poem.txt", "roses are red\nviolets are blue\nsugar is sweet\n")
        target = os.path.join(self.folder.name, "loud.txt")
        self.assertEqual(shout(source, target), 3, "shout should return the number of lines it copied")
        self.assertEqual(self.read(target), "ROSES ARE RED\nVIOLETS ARE BLUE\nSUGAR IS SWEET\n",
                         "the target file should hold every line in capitals, one per line")

    def test_shout_replaces(self):
        source = self.write("a.txt", "x\n")
        target = self.write("b.txt", "old text\nmore old text\n")
        self.assertEqual(shout(source, target), 1, "the source has 1 line")
        self.assertEqual(self.read(target), "X\n", "open the target with \"w\": what was in it before is replaced")

    def test_shout_empty(self):
        source = self.write("empty.txt", "")
        target = os.path.join(self.folder.name, "out.txt")
        self.assertEqual(shout(source, target), 0, "an empty file has 0 lines")
        self.assertEqual(self.read(target), "", "copying an empty file gives an empty file")
