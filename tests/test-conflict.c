/* test-conflict.c: reading and resolving git's conflict markers
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dojo-conflict.h"

/* What `git merge` writes for one conflict (default "merge" style). */
static const char *merged =
  "def greet(name: str) -> str:\n"
  "<<<<<<< HEAD\n"
  "    return \"Hello, \" + name\n"
  "=======\n"
  "    return f\"Hi {name}!\"\n"
  ">>>>>>> feature\n"
  "\n"
  "print(greet(\"Ada\"))\n";

static void
test_parse_one (void)
{
  g_autoptr(GPtrArray) regions = dojo_conflict_parse (merged, -1);
  DojoConflictRegion *r;

  g_assert_cmpuint (regions->len, ==, 1);
  r = g_ptr_array_index (regions, 0);
  g_assert_cmpint (r->start_line, ==, 1);
  g_assert_cmpint (r->base_line, ==, -1);
  g_assert_cmpint (r->mid_line, ==, 3);
  g_assert_cmpint (r->end_line, ==, 5);
  g_assert_cmpstr (r->ours_label, ==, "HEAD");
  g_assert_cmpstr (r->theirs_label, ==, "feature");
}

static void
test_parse_many_and_length (void)
{
  const char *text =
    "<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n"
    "middle\n"
    "<<<<<<< HEAD\nc\n=======\nd\n>>>>>>> x\n";
  g_autoptr(GPtrArray) regions = dojo_conflict_parse (text, -1);
  g_autoptr(GPtrArray) first = NULL;
  DojoConflictRegion *r;

  g_assert_cmpuint (regions->len, ==, 2);
  r = g_ptr_array_index (regions, 1);
  g_assert_cmpint (r->start_line, ==, 6);
  g_assert_cmpint (r->mid_line, ==, 8);
  g_assert_cmpint (r->end_line, ==, 10);

  /* @length is honoured: only the first region lies in the first 5 lines. */
  first = dojo_conflict_parse (text, strstr (text, "middle") - text);
  g_assert_cmpuint (first->len, ==, 1);
}

static void
test_parse_diff3 (void)
{
  const char *text =
    "<<<<<<< HEAD\n"
    "ours\n"
    "||||||| 1a2b3c4\n"
    "base\n"
    "=======\n"
    "theirs\n"
    ">>>>>>> feature\n";
  g_autoptr(GPtrArray) regions = dojo_conflict_parse (text, -1);
  DojoConflictRegion *r;
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *both = NULL;

  g_assert_cmpuint (regions->len, ==, 1);
  r = g_ptr_array_index (regions, 0);
  g_assert_cmpint (r->base_line, ==, 2);
  g_assert_cmpint (r->mid_line, ==, 4);
  g_assert_cmpint (r->end_line, ==, 6);

  /* The base lines never come back: they are neither side. */
  ours = dojo_conflict_resolve (text, -1, 0, DOJO_CONFLICT_OURS);
  g_assert_cmpstr (ours, ==, "ours\n");
  theirs = dojo_conflict_resolve (text, -1, 0, DOJO_CONFLICT_THEIRS);
  g_assert_cmpstr (theirs, ==, "theirs\n");
  both = dojo_conflict_resolve (text, -1, 0, DOJO_CONFLICT_BOTH);
  g_assert_cmpstr (both, ==, "ours\ntheirs\n");
}

static void
test_has_markers (void)
{
  int line = 42;

  g_assert_true (dojo_conflict_has_markers (merged, -1, &line));
  g_assert_cmpint (line, ==, 1);

  /* A bare marker counts, and so does a closing one left alone. */
  g_assert_true (dojo_conflict_has_markers ("x\n<<<<<<<\n", -1, &line));
  g_assert_cmpint (line, ==, 1);
  g_assert_true (dojo_conflict_has_markers ("a\nb\n>>>>>>> feature\n", -1, &line));
  g_assert_cmpint (line, ==, 2);
  g_assert_true (dojo_conflict_has_markers ("<<<<<<< HEAD", -1, NULL));

  /* No markers: the out value says so. */
  g_assert_false (dojo_conflict_has_markers ("print(1)\n", -1, &line));
  g_assert_cmpint (line, ==, -1);
  g_assert_false (dojo_conflict_has_markers ("", 0, &line));
  g_assert_false (dojo_conflict_has_markers (NULL, 0, NULL));

  /* Things that look alike but are not git's markers. */
  g_assert_false (dojo_conflict_has_markers ("<<<<<<<< eight\n", -1, NULL));
  g_assert_false (dojo_conflict_has_markers ("<<<<<<<tight\n", -1, NULL));
  g_assert_false (dojo_conflict_has_markers ("  <<<<<<< indented\n", -1, NULL));
  g_assert_false (dojo_conflict_has_markers ("x = 1 << 2\n", -1, NULL));
  g_assert_false (dojo_conflict_has_markers ("||||||| base\n", -1, NULL));
}

static void
test_lone_separator_is_not_a_marker (void)
{
  /* reStructuredText and Markdown underline headings like this. */
  const char *rest =
    "Title\n"
    "=======\n"
    "\n"
    "Some text.\n";
  g_autoptr(GPtrArray) regions = dojo_conflict_parse (rest, -1);

  g_assert_false (dojo_conflict_has_markers (rest, -1, NULL));
  g_assert_false (dojo_conflict_has_markers ("=======", -1, NULL));
  g_assert_cmpuint (regions->len, ==, 0);
}

static void
test_separator_in_their_text (void)
{
  /* A heading inside their side is their text, not a second middle. */
  const char *text =
    "<<<<<<< HEAD\n"
    "Old title\n"
    "=======\n"
    "New title\n"
    "=======\n"
    ">>>>>>> docs\n";
  g_autoptr(GPtrArray) regions = dojo_conflict_parse (text, -1);
  g_autofree char *theirs = NULL;

  g_assert_cmpuint (regions->len, ==, 1);
  theirs = dojo_conflict_resolve (text, -1, 0, DOJO_CONFLICT_THEIRS);
  g_assert_cmpstr (theirs, ==, "New title\n=======\n");
}

static void
test_crlf (void)
{
  const char *text =
    "first\r\n"
    "<<<<<<< HEAD\r\n"
    "ours\r\n"
    "=======\r\n"
    "theirs\r\n"
    ">>>>>>> feature\r\n"
    "last\r\n";
  g_autoptr(GPtrArray) regions = dojo_conflict_parse (text, -1);
  DojoConflictRegion *r;
  g_autofree char *ours = NULL;
  g_autofree char *both = NULL;
  int line = -1;

  g_assert_cmpuint (regions->len, ==, 1);
  r = g_ptr_array_index (regions, 0);
  /* The "\r" belongs to the line ending, not to the label. */
  g_assert_cmpstr (r->ours_label, ==, "HEAD");
  g_assert_cmpstr (r->theirs_label, ==, "feature");
  g_assert_cmpint (r->mid_line, ==, 3);

  g_assert_true (dojo_conflict_has_markers (text, -1, &line));
  g_assert_cmpint (line, ==, 1);
  g_assert_true (dojo_conflict_has_markers ("<<<<<<<\r\n", -1, NULL));
  g_assert_false (dojo_conflict_has_markers ("Title\r\n=======\r\n", -1, NULL));

  /* Line endings are kept as they were. */
  ours = dojo_conflict_resolve (text, -1, 0, DOJO_CONFLICT_OURS);
  g_assert_cmpstr (ours, ==, "first\r\nours\r\nlast\r\n");
  both = dojo_conflict_resolve (text, -1, 0, DOJO_CONFLICT_BOTH);
  g_assert_cmpstr (both, ==, "first\r\nours\r\ntheirs\r\nlast\r\n");
}

static void
test_resolve_each_side (void)
{
  g_autofree char *ours = dojo_conflict_resolve (merged, -1, 0, DOJO_CONFLICT_OURS);
  g_autofree char *theirs = dojo_conflict_resolve (merged, -1, 0, DOJO_CONFLICT_THEIRS);
  g_autofree char *both = dojo_conflict_resolve (merged, -1, 0, DOJO_CONFLICT_BOTH);

  g_assert_cmpstr (ours, ==,
                   "def greet(name: str) -> str:\n"
                   "    return \"Hello, \" + name\n"
                   "\n"
                   "print(greet(\"Ada\"))\n");
  g_assert_cmpstr (theirs, ==,
                   "def greet(name: str) -> str:\n"
                   "    return f\"Hi {name}!\"\n"
                   "\n"
                   "print(greet(\"Ada\"))\n");
  g_assert_cmpstr (both, ==,
                   "def greet(name: str) -> str:\n"
                   "    return \"Hello, \" + name\n"
                   "    return f\"Hi {name}!\"\n"
                   "\n"
                   "print(greet(\"Ada\"))\n");

  g_assert_false (dojo_conflict_has_markers (ours, -1, NULL));
  g_assert_false (dojo_conflict_has_markers (theirs, -1, NULL));
}

static void
test_resolve_one_of_many (void)
{
  const char *text =
    "<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n"
    "middle\n"
    "<<<<<<< HEAD\nc\n=======\nd\n>>>>>>> x\n";
  g_autofree char *second = dojo_conflict_resolve (text, -1, 1, DOJO_CONFLICT_THEIRS);
  g_autofree char *first = NULL;
  g_autoptr(GPtrArray) left = NULL;

  /* Only region 1 changes; region 0 stays, byte for byte. */
  g_assert_cmpstr (second, ==,
                   "<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n"
                   "middle\n"
                   "d\n");
  left = dojo_conflict_parse (second, -1);
  g_assert_cmpuint (left->len, ==, 1);

  first = dojo_conflict_resolve (second, -1, 0, DOJO_CONFLICT_OURS);
  g_assert_cmpstr (first, ==, "a\nmiddle\nd\n");

  /* No such region. */
  g_assert_null (dojo_conflict_resolve (text, -1, 2, DOJO_CONFLICT_OURS));
  g_assert_null (dojo_conflict_resolve (first, -1, 0, DOJO_CONFLICT_OURS));
}

static void
test_empty_sides (void)
{
  /* One side deleted the lines the other changed. */
  const char *text =
    "keep\n"
    "<<<<<<< HEAD\n"
    "=======\n"
    "theirs\n"
    ">>>>>>> feature\n";
  const char *both_empty =
    "<<<<<<< HEAD\n"
    "=======\n"
    ">>>>>>> feature\n";
  g_autoptr(GPtrArray) regions = dojo_conflict_parse (text, -1);
  g_autoptr(GPtrArray) regions2 = dojo_conflict_parse (both_empty, -1);
  g_autofree char *ours = dojo_conflict_resolve (text, -1, 0, DOJO_CONFLICT_OURS);
  g_autofree char *theirs = dojo_conflict_resolve (text, -1, 0, DOJO_CONFLICT_THEIRS);
  g_autofree char *nothing = dojo_conflict_resolve (both_empty, -1, 0, DOJO_CONFLICT_BOTH);
  DojoConflictRegion *r;

  g_assert_cmpuint (regions->len, ==, 1);
  r = g_ptr_array_index (regions, 0);
  g_assert_cmpint (r->mid_line, ==, r->start_line + 1);
  g_assert_cmpstr (ours, ==, "keep\n");
  g_assert_cmpstr (theirs, ==, "keep\ntheirs\n");

  g_assert_cmpuint (regions2->len, ==, 1);
  g_assert_cmpstr (nothing, ==, "");
}

static void
test_unfinished_and_nested (void)
{
  /* No end marker: not a region to resolve, but still markers to show. */
  const char *unfinished =
    "<<<<<<< HEAD\n"
    "ours\n"
    "=======\n"
    "theirs\n";
  /* No middle: not a region either. */
  const char *no_middle =
    "<<<<<<< HEAD\n"
    "ours\n"
    ">>>>>>> feature\n";
  /* A region opened inside an unfinished one (a learner pasted half of a
   * conflict): the inner, complete one is found; the outer markers stay. */
  const char *nested =
    "<<<<<<< HEAD\n"
    "outer ours\n"
    "<<<<<<< HEAD\n"
    "inner ours\n"
    "=======\n"
    "inner theirs\n"
    ">>>>>>> feature\n"
    "=======\n"
    "outer theirs\n"
    ">>>>>>> other\n";
  g_autoptr(GPtrArray) r1 = dojo_conflict_parse (unfinished, -1);
  g_autoptr(GPtrArray) r2 = dojo_conflict_parse (no_middle, -1);
  g_autoptr(GPtrArray) r3 = dojo_conflict_parse (nested, -1);
  g_autoptr(GPtrArray) r4 = NULL;
  g_autofree char *inner = NULL;
  g_autofree char *outer = NULL;
  DojoConflictRegion *r;
  int line = -1;

  g_assert_cmpuint (r1->len, ==, 0);
  g_assert_true (dojo_conflict_has_markers (unfinished, -1, &line));
  g_assert_cmpint (line, ==, 0);
  g_assert_null (dojo_conflict_resolve (unfinished, -1, 0, DOJO_CONFLICT_OURS));

  g_assert_cmpuint (r2->len, ==, 0);
  g_assert_true (dojo_conflict_has_markers (no_middle, -1, NULL));

  g_assert_cmpuint (r3->len, ==, 1);
  r = g_ptr_array_index (r3, 0);
  g_assert_cmpint (r->start_line, ==, 2);
  g_assert_cmpint (r->end_line, ==, 6);

  /* Resolving the inner one leaves a complete outer one behind. */
  inner = dojo_conflict_resolve (nested, -1, 0, DOJO_CONFLICT_THEIRS);
  r4 = dojo_conflict_parse (inner, -1);
  g_assert_cmpuint (r4->len, ==, 1);
  r = g_ptr_array_index (r4, 0);
  g_assert_cmpstr (r->theirs_label, ==, "other");
  outer = dojo_conflict_resolve (inner, -1, 0, DOJO_CONFLICT_OURS);
  g_assert_cmpstr (outer, ==, "outer ours\ninner theirs\n");
}

static void
test_labels_and_no_final_newline (void)
{
  const char *text =
    "<<<<<<<\n"
    "a\n"
    "=======\n"
    "b\n"
    ">>>>>>> HEAD:old name.py";
  g_autoptr(GPtrArray) regions = dojo_conflict_parse (text, -1);
  DojoConflictRegion *r;
  g_autofree char *theirs = NULL;

  g_assert_cmpuint (regions->len, ==, 1);
  r = g_ptr_array_index (regions, 0);
  g_assert_cmpstr (r->ours_label, ==, "");
  /* The whole rest of the line, spaces and all. */
  g_assert_cmpstr (r->theirs_label, ==, "HEAD:old name.py");
  theirs = dojo_conflict_resolve (text, -1, 0, DOJO_CONFLICT_THEIRS);
  g_assert_cmpstr (theirs, ==, "b\n");
}

static void
test_binary_bytes (void)
{
  /* Not UTF-8, with a NUL: bytes are bytes. */
  const char text[] = "\xff\x00\n<<<<<<< HEAD\n\xfe\n=======\n\x01\n>>>>>>> b\n";
  gssize len = sizeof text - 1;
  g_autoptr(GPtrArray) regions = dojo_conflict_parse (text, len);
  g_autofree char *ours = dojo_conflict_resolve (text, len, 0, DOJO_CONFLICT_OURS);
  int line = -1;

  g_assert_true (dojo_conflict_has_markers (text, len, &line));
  g_assert_cmpint (line, ==, 1);
  g_assert_cmpuint (regions->len, ==, 1);
  g_assert_nonnull (ours);
  g_assert_cmpmem (ours, 5, "\xff\x00\n\xfe\n", 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/conflict/parse/one", test_parse_one);
  g_test_add_func ("/conflict/parse/many", test_parse_many_and_length);
  g_test_add_func ("/conflict/parse/diff3", test_parse_diff3);
  g_test_add_func ("/conflict/parse/labels", test_labels_and_no_final_newline);
  g_test_add_func ("/conflict/parse/unfinished-nested", test_unfinished_and_nested);
  g_test_add_func ("/conflict/has-markers", test_has_markers);
  g_test_add_func ("/conflict/has-markers/lone-separator", test_lone_separator_is_not_a_marker);
  g_test_add_func ("/conflict/crlf", test_crlf);
  g_test_add_func ("/conflict/binary", test_binary_bytes);
  g_test_add_func ("/conflict/resolve/each-side", test_resolve_each_side);
  g_test_add_func ("/conflict/resolve/one-of-many", test_resolve_one_of_many);
  g_test_add_func ("/conflict/resolve/separator-in-theirs", test_separator_in_their_text);
  g_test_add_func ("/conflict/resolve/empty-sides", test_empty_sides);

  return g_test_run ();
}
