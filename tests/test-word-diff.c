/* test-word-diff.c: the changed words of a changed line
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dojo-word-diff.h"

/* The ranges of @ranges as the text they cover, joined with "|". */
static char *
covered (const char   *line,
         const GArray *ranges)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      const DojoWordRange *range = &g_array_index (ranges, DojoWordRange, i);

      g_assert_cmpuint (range->start, <, range->end);
      g_assert_cmpuint (range->end, <=, strlen (line));
      if (i > 0)
        {
          g_assert_cmpuint (range->start, >, g_array_index (ranges, DojoWordRange, i - 1).end);
          g_string_append_c (text, '|');
        }
      g_string_append_len (text, line + range->start, range->end - range->start);
    }

  return g_string_free (text, FALSE);
}

static void
assert_words (const char *old_line,
              const char *new_line,
              const char *old_words,
              const char *new_words)
{
  g_autoptr(DojoWordDiff) diff = dojo_word_diff_lines (old_line, -1, new_line, -1);
  g_autofree char *old_covered = NULL;
  g_autofree char *new_covered = NULL;

  g_assert_nonnull (diff);
  old_covered = covered (old_line, diff->old_ranges);
  new_covered = covered (new_line, diff->new_ranges);
  g_assert_cmpstr (old_covered, ==, old_words);
  g_assert_cmpstr (new_covered, ==, new_words);
}

/* The learner changed one word: only that word is marked, on both sides. */
static void
test_one_word (void)
{
  g_autoptr(DojoWordDiff) diff = NULL;

  assert_words ("print('one')", "print('two')", "one", "two");
  assert_words ("for i in range(10):", "for i in range(20):", "10", "20");
  assert_words ("name = input()", "name = input('Name? ')", "", "'Name? '");

  diff = dojo_word_diff_lines ("print('one')", -1, "print('two')", -1);
  g_assert_cmpuint (g_array_index (diff->old_ranges, DojoWordRange, 0).start, ==, 7);
  g_assert_cmpuint (g_array_index (diff->old_ranges, DojoWordRange, 0).end, ==, 10);
  /* "print('')" of "print('one')" twice: 18 of 24 visible characters. */
  g_assert_cmpuint (diff->similarity, ==, 75);
}

/* A word is a whole run of letters, digits and '_': "count" to "counter"
 * marks the word, not "er". */
static void
test_whole_words (void)
{
  assert_words ("count = count + 1", "counter = counter + 1", "count|count", "counter|counter");
  assert_words ("my_total += 1", "my_sum += 1", "my_total", "my_sum");
}

/* Words added at the end, and changes only spaces apart, read as one. */
static void
test_joined (void)
{
  assert_words ("total = a", "total = a + b", "", " + b");
  assert_words ("a b c d", "x y c d", "a b", "x y");
  assert_words ("a, b", "x, y", "a|b", "x|y");
}

static void
test_same_and_empty (void)
{
  g_autoptr(DojoWordDiff) same = dojo_word_diff_lines ("x = 1", -1, "x = 1", -1);
  g_autoptr(DojoWordDiff) empty = dojo_word_diff_lines ("", 0, "", 0);
  g_autoptr(DojoWordDiff) one_empty = dojo_word_diff_lines ("", 0, "x = 1", -1);

  g_assert_cmpuint (same->old_ranges->len, ==, 0);
  g_assert_cmpuint (same->new_ranges->len, ==, 0);
  g_assert_cmpuint (same->similarity, ==, 100);
  g_assert_cmpuint (empty->similarity, ==, 100);
  g_assert_cmpuint (one_empty->similarity, ==, 0);
  g_assert_cmpuint (one_empty->new_ranges->len, ==, 1);

  /* Indentation alone. */
  assert_words ("print(x)", "    print(x)", "", "    ");
}

/* Offsets are bytes, and a letter outside ASCII belongs to its word. */
static void
test_unicode (void)
{
  g_autoptr(DojoWordDiff) diff = dojo_word_diff_lines ("grüße = 1", -1, "grüße = 2", -1);

  assert_words ("grüße = 1", "grüße = 2", "1", "2");
  assert_words ("größe = 1", "grüße = 1", "größe", "grüße");
  g_assert_cmpuint (g_array_index (diff->old_ranges, DojoWordRange, 0).start, ==, 10);
  assert_words ("print(\"🙂\")", "print(\"🙃\")", "🙂", "🙃");
}

/* Bytes that are not UTF-8 are compared as bytes, without a crash. */
static void
test_not_utf8 (void)
{
  assert_words ("a = '\xff'", "a = '\xfe'", "\xff", "\xfe");
  assert_words ("x\xc3", "x\xc3", "", "");
}

/* Whole lines that are different lines, not one line changed. */
static void
test_different (void)
{
  g_autoptr(DojoWordDiff) diff = dojo_word_diff_lines ("total = 0", -1,
                                                       "for number in numbers:", -1);
  const char *removed[] = { "total = 0" };
  const char *added[] = { "for number in numbers:" };
  g_autoptr(GPtrArray) pairs = dojo_word_diff_pair_block (removed, 1, added, 1, 1);

  g_assert_nonnull (diff);
  g_assert_cmpuint (diff->similarity, <, DOJO_WORD_DIFF_MIN_SIMILARITY);
  g_assert_cmpuint (pairs->len, ==, 0);
}

/* A long line with one change is compared (its same start and end are set
 * aside); one changed all over is given up, quickly, not compared slowly. */
static void
test_long_lines (void)
{
  g_autoptr(GString) old_line = g_string_new (NULL);
  g_autoptr(GString) new_line = g_string_new (NULL);
  g_autoptr(GString) other = g_string_new (NULL);
  g_autoptr(DojoWordDiff) diff = NULL;
  g_autoptr(DojoWordDiff) too_long = NULL;
  gint64 start;

  for (guint i = 0; i < 2000; i++)
    {
      g_string_append_printf (old_line, "a%u, ", i);
      g_string_append_printf (new_line, i == 1000 ? "b%u, " : "a%u, ", i);
      g_string_append_printf (other, "b%u, ", i);
    }

  diff = dojo_word_diff_lines (old_line->str, old_line->len, new_line->str, new_line->len);
  g_assert_nonnull (diff);
  g_assert_cmpuint (diff->old_ranges->len, ==, 1);
  g_assert_cmpuint (diff->new_ranges->len, ==, 1);
  g_assert_cmpmem (new_line->str + g_array_index (diff->new_ranges, DojoWordRange, 0).start,
                   5, "b1000", 5);

  start = g_get_monotonic_time ();
  too_long = dojo_word_diff_lines (old_line->str, old_line->len, other->str, other->len);
  g_assert_null (too_long);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
}

/* Equal counts pair in order; otherwise each removed line finds the added
 * line that replaced it, and pairs never cross. */
static void
test_pairing (void)
{
  const char *removed[] = { "x = 1", "y = 2" };
  const char *added[] = { "x = 10", "y = 20" };
  const char *split_removed[] = { "print(total)" };
  const char *split_added[] = { "# the sum", "print(total, end='')", "print()" };
  const char *crossing_removed[] = { "alpha = 1", "beta = 2" };
  const char *crossing_added[] = { "beta = 3" };
  g_autoptr(GPtrArray) pairs = dojo_word_diff_pair_block (removed, 2, added, 2, 2);
  g_autoptr(GPtrArray) split = dojo_word_diff_pair_block (split_removed, 1, split_added, 3, 1);
  g_autoptr(GPtrArray) first_only = dojo_word_diff_pair_block (removed, 2, added, 2, 1);
  g_autoptr(GPtrArray) crossing = dojo_word_diff_pair_block (crossing_removed, 2,
                                                             crossing_added, 1, 2);
  DojoWordDiff *diff;

  g_assert_cmpuint (pairs->len, ==, 2);
  diff = g_ptr_array_index (pairs, 1);
  g_assert_cmpuint (diff->old_line, ==, 1);
  g_assert_cmpuint (diff->new_line, ==, 1);

  /* Only the lines a view shows are compared. */
  g_assert_cmpuint (first_only->len, ==, 1);
  g_assert_cmpuint (((DojoWordDiff *) g_ptr_array_index (first_only, 0))->old_line, ==, 0);

  g_assert_cmpuint (split->len, ==, 1);
  diff = g_ptr_array_index (split, 0);
  g_assert_cmpuint (diff->old_line, ==, 0);
  g_assert_cmpuint (diff->new_line, ==, 1);
  {
    g_autofree char *words = covered (split_added[1], diff->new_ranges);

    g_assert_cmpstr (words, ==, ", end=''");
  }

  g_assert_cmpuint (crossing->len, ==, 1);
  diff = g_ptr_array_index (crossing, 0);
  g_assert_cmpuint (diff->old_line, ==, 1);
  g_assert_cmpuint (diff->new_line, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/word-diff/one-word", test_one_word);
  g_test_add_func ("/word-diff/whole-words", test_whole_words);
  g_test_add_func ("/word-diff/joined", test_joined);
  g_test_add_func ("/word-diff/same-and-empty", test_same_and_empty);
  g_test_add_func ("/word-diff/unicode", test_unicode);
  g_test_add_func ("/word-diff/not-utf8", test_not_utf8);
  g_test_add_func ("/word-diff/different", test_different);
  g_test_add_func ("/word-diff/long-lines", test_long_lines);
  g_test_add_func ("/word-diff/pairing", test_pairing);

  return g_test_run ();
}
