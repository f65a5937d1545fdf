/* test-project-link.c: "project:PATH#L12" links, read as the window reads them
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dojo-project-link.h"

/* @href parses, into @path and @line. */
static void
assert_link (const char *href,
             const char *path,
             guint       line)
{
  g_autofree char *got_path = NULL;
  guint got_line = 12345;

  if (!dojo_project_link_parse (href, &got_path, &got_line))
    g_error ("'%s' does not parse", href);
  g_assert_cmpstr (got_path, ==, path);
  g_assert_cmpuint (got_line, ==, line);
}

/* @href is refused, and leaves no path behind. */
static void
assert_refused (const char *href)
{
  char *path = (char *)"untouched";
  guint line = 12345;

  if (dojo_project_link_parse (href, &path, &line))
    g_error ("'%s' parses, as '%s'", href, path);
  g_assert_null (path);
  g_assert_cmpuint (line, ==, 0);
}

static void
test_good (void)
{
  assert_link ("project:main.py", "main.py", 0);
  assert_link ("project:storage.py", "storage.py", 0);
  assert_link ("project:pkg/util.py", "pkg/util.py", 0);
  assert_link ("project:.gitignore", ".gitignore", 0);
  /* The scheme is case-insensitive, as in any URI. */
  assert_link ("Project:main.py", "main.py", 0);

  /* Both out-parameters are optional. */
  g_assert_true (dojo_project_link_parse ("project:main.py", NULL, NULL));
}

static void
test_line (void)
{
  assert_link ("project:tasks.py#L12", "tasks.py", 12);
  assert_link ("project:pkg/util.py#L1", "pkg/util.py", 1);
  assert_link ("project:main.py#L4294967295", "main.py", G_MAXUINT);

  /* Lines count from 1, and are written #L12, nothing else. */
  assert_refused ("project:main.py#L0");
  assert_refused ("project:main.py#L");
  assert_refused ("project:main.py#");
  assert_refused ("project:main.py#12");
  assert_refused ("project:main.py#l12");
  assert_refused ("project:main.py#L-3");
  assert_refused ("project:main.py#L+3");
  assert_refused ("project:main.py#L12x");
  assert_refused ("project:main.py#L 12");
  assert_refused ("project:main.py#L4294967296");
  assert_refused ("project:main.py#L12#L13");
}

static void
test_new (void)
{
  /* "?new": the learner makes the file; for the window, the same link. */
  assert_link ("project:shapes.py?new", "shapes.py", 0);
  assert_link ("project:shapes.py?new#L3", "shapes.py", 3);

  assert_refused ("project:shapes.py?");
  assert_refused ("project:shapes.py?news");
  assert_refused ("project:shapes.py?create");
  assert_refused ("project:shapes.py#L3?new");
}

static void
test_normalized (void)
{
  assert_link ("project:./main.py", "main.py", 0);
  assert_link ("project:pkg//util.py", "pkg/util.py", 0);
  assert_link ("project:pkg/./util.py", "pkg/util.py", 0);
}

static void
test_outside (void)
{
  assert_refused ("project:../secret.py");
  assert_refused ("project:pkg/../../secret.py");
  /* Even one that would come back inside: the app never climbs. */
  assert_refused ("project:pkg/../main.py");
  assert_refused ("project:..");
  assert_refused ("project:/etc/passwd");
  assert_refused ("project://host/main.py");
  assert_refused ("project:C:/main.py");
  assert_refused ("project:pkg\\util.py");
}

static void
test_empty (void)
{
  assert_refused ("project:");
  assert_refused ("project:#L3");
  assert_refused ("project:?new");
  assert_refused ("project:.");
  assert_refused ("project:./");
  assert_refused ("project:pkg/");
}

static void
test_encoded (void)
{
  assert_link ("project:my%20notes.txt", "my notes.txt", 0);
  assert_link ("project:caf%C3%A9.py#L2", "café.py", 2);
  assert_link ("project:what%3F.py", "what?.py", 0);
  assert_link ("project:hash%23.py", "hash#.py", 0);

  /* What decoding would hide from the checks above is refused. */
  assert_refused ("project:%2E%2E/secret.py");
  assert_refused ("project:%2Fetc/passwd");
  assert_refused ("project:pkg%2Futil.py");
  assert_refused ("project:pkg%5Cutil.py");
  assert_refused ("project:main%00.py");
  assert_refused ("project:line%0Abreak.py");
  /* Broken encodings. */
  assert_refused ("project:main%2.py");
  assert_refused ("project:main%zz.py");
  assert_refused ("project:main.py%");
  assert_refused ("project:%FF.py");
}

static void
test_other_schemes (void)
{
  assert_refused ("https://docs.python.org/3/");
  assert_refused ("http://example.org/main.py");
  assert_refused ("file:///home/ada/main.py");
  assert_refused ("main.py");
  assert_refused ("projects:main.py");
  assert_refused ("project");
  assert_refused ("");
  assert_refused (" project:main.py");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project-link/good", test_good);
  g_test_add_func ("/project-link/line", test_line);
  g_test_add_func ("/project-link/new", test_new);
  g_test_add_func ("/project-link/normalized", test_normalized);
  g_test_add_func ("/project-link/outside", test_outside);
  g_test_add_func ("/project-link/empty", test_empty);
  g_test_add_func ("/project-link/encoded", test_encoded);
  g_test_add_func ("/project-link/other-schemes", test_other_schemes);

  return g_test_run ();
}
