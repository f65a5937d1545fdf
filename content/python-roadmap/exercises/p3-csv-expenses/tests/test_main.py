import os
import tempfile
import unittest
from main import totals_by_category


class TestTotals(unittest.TestCase):
    def test_other_file(self):
        fd, path = tempfile.mkstemp(suffix=".csv")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("date,category,amount\n2024-01-01,rent,500\n2024-01-02,fun,2.5\n2024-01-03,fun,1.5\n")
        self.addCleanup(os.remove, path)
        totals = totals_by_category(path)
        self.assertEqual(sorted(totals), ["fun", "rent"])
        self.assertAlmostEqual(totals["fun"], 4.0)
        self.assertAlmostEqual(totals["rent"], 500.0)
