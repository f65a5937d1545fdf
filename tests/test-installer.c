/* test-installer.c: installing, updating and removing packs, and surviving a kill
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "dojo-archive.h"
#include "dojo-installer.h"
#include "dojo-installer-private.h"
#include "dojo-library.h"
#include "dojo-paths.h"
#include "dojo-progress.h"
#include "pack-fixture.h"
#include "raw-zip.h"

#define PACK_ID "io.example.test-pack"

static const char changelog_2[] =
  "  \"version\": \"2.0.0\",\n"
  "  \"changelog\": [\n"
  "    {\"version\": \"2.0.0\", \"date\": \"2026-03-01\", \"changes\": [\"Harder greeting.\", \"New quiz.\"]},\n"
  "    {\"version\": \"1.0.0\", \"changes\": \"First version.\"}\n"
  "  ],\n";

/* Returns: a .dojopack of the fixture pack at @version ("1.0.0" or
 *   "2.0.0"), its exercise at @revision; @id replaces the pack's id. */
static char *
make_archive (const char *version,
              guint       revision,
              const char *id)
{
  static guint counter;
  g_autofree char *manifest = NULL;
  g_autofree char *exercise = NULL;
  g_autofree char *rev_from = g_strdup ("\"revision\": 1\n");
  g_autofree char *rev_to = g_strdup_printf ("\"revision\": %u\n", revision);
  g_autofree char *root = NULL;
  g_autofree char *name = g_strdup_printf ("pack-%u.dojopack", ++counter);
  char *path = g_build_filename (g_get_user_cache_dir (), name, NULL);
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_equal (version, "2.0.0"))
    manifest = fixture_replace (fixture_manifest, "  \"version\": \"1.0.0\",\n", changelog_2);
  else
    manifest = g_strdup (fixture_manifest);
  if (id != NULL)
    {
      g_autofree char *with_id = NULL;
      g_autofree char *to = g_strdup_printf ("\"id\": \"%s\",\n  \"version\"", id);

      with_id = fixture_replace (manifest, "\"id\": \"" PACK_ID "\",\n  \"version\"", to);
      g_free (manifest);
      manifest = g_steal_pointer (&with_id);
    }

  root = fixture_make_pack (manifest);
  exercise = fixture_replace (fixture_exercise, rev_from, rev_to);
  fixture_write (root, "exercises/greet/exercise.json", exercise);

  dir = g_file_new_for_path (root);
  output = g_file_new_for_path (path);
  g_assert_true (dojo_archive_write (dir, output, NULL, NULL, &error));
  g_assert_no_error (error);

  return path;
}

static char *
packs_dir (void)
{
  g_autoptr(GFile) dir = dojo_library_get_installed_dir ();

  return g_file_get_path (dir);
}

/* Returns: (nullable): the version of the installed test pack, as the app
 *   finds and loads it */
static char *
installed_version (void)
{
  g_autoptr(GFile) dir = dojo_library_locate (PACK_ID);
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    return NULL;
  pack = dojo_library_load (dir, &error);
  g_assert_no_error (error);

  return g_strdup (dojo_pack_get_version (pack));
}

/* The library lists the test pack once (at @version), or not at all. */
static void
assert_listed (const char *version)
{
  g_autoptr(GPtrArray) packs = dojo_library_scan (NULL);
  guint found = 0;

  for (guint i = 0; i < packs->len; i++)
    {
      DojoPack *pack = g_ptr_array_index (packs, i);

      if (g_str_equal (dojo_pack_get_id (pack), PACK_ID))
        {
          found++;
          g_assert_cmpstr (dojo_pack_get_version (pack), ==, version);
        }
      else
        g_assert_cmpstr (dojo_pack_get_id (pack), ==, DOJO_BUILTIN_PACK_ID);
    }
  g_assert_cmpuint (found, ==, version ? 1 : 0);
}

/* Nothing but the lock and installed packs is left in the packs folder. */
static void
assert_no_leftovers (void)
{
  g_autofree char *packs = packs_dir ();
  g_autoptr(GDir) dir = g_dir_open (packs, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, ".lock") && !dojo_pack_is_valid_pack_id (name))
      g_error ("leftover in the packs folder: %s", name);
}

static DojoPack *
install (const char        *archive,
         DojoInstallFlags   flags,
         GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (archive);

  return dojo_installer_install (file, flags, NULL, error);
}

static void
test_install_new (void)
{
  g_autofree char *archive = make_archive ("2.0.0", 1, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (archive);
  g_autoptr(DojoInstallPreview) preview = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *changes = NULL;
  const char *date = NULL;

  preview = dojo_installer_inspect (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dojo_install_preview_get_pack_id (preview), ==, PACK_ID);
  g_assert_cmpstr (dojo_install_preview_get_title (preview), ==, "Test pack");
  g_assert_cmpstr (dojo_install_preview_get_description (preview), ==, "A pack for tests");
  g_assert_cmpstr (dojo_install_preview_get_version (preview), ==, "2.0.0");
  g_assert_cmpstr (dojo_install_preview_get_license (preview), ==, "CC-BY-SA-4.0");
  g_assert_cmpstr (dojo_install_preview_get_authors (preview)[0], ==, "Ada");
  g_assert_cmpstr (dojo_install_preview_get_authors (preview)[1], ==, "Grace <g@example.org>");
  g_assert_cmpuint (dojo_install_preview_get_n_items (preview), ==, 8);
  g_assert_cmpuint (dojo_install_preview_get_size (preview), >, 1000);
  g_assert_cmpint (dojo_install_preview_get_kind (preview), ==, DOJO_INSTALL_KIND_NEW);
  g_assert_null (dojo_install_preview_get_installed_version (preview));
  g_assert_cmpuint (dojo_install_preview_get_n_releases (preview), ==, 2);
  g_assert_cmpstr (dojo_install_preview_get_release (preview, 0, &date, &changes), ==, "2.0.0");
  g_assert_cmpstr (date, ==, "2026-03-01");
  g_assert_cmpstr (changes[1], ==, "New quiz.");
  g_assert_null (dojo_install_preview_get_changed_exercises (preview)[0]);
  /* Inspecting installs nothing. */
  assert_listed (NULL);

  pack = install (archive, DOJO_INSTALL_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dojo_pack_get_id (pack), ==, PACK_ID);
  assert_listed ("2.0.0");
  assert_no_leftovers ();
}

static void
test_update_keeps_progress (void)
{
  g_autofree char *v1 = make_archive ("1.0.0", 1, NULL);
  g_autofree char *v2 = make_archive ("2.0.0", 2, NULL);
  g_autoptr(GFile) v2_file = g_file_new_for_path (v2);
  g_autoptr(DojoInstallPreview) preview = NULL;
  g_autoptr(DojoPack) old = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoProgress) progress = dojo_progress_new ();
  g_autoptr(DojoProgress) reloaded = dojo_progress_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;
  g_auto(GStrv) changed_after = NULL;
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *work = g_build_filename (projects, PACK_ID, "greet", "main.py", NULL);
  g_autofree char *text = NULL;
  const char * const *revised;

  old = install (v1, DOJO_INSTALL_FLAGS_NONE, &error);
  g_assert_no_error (error);

  /* The learner passed both exercises on revision 1, and has work. */
  dojo_progress_mark_passed (progress, PACK_ID, "greet", 1);
  dojo_progress_mark_passed (progress, PACK_ID, "count-down", 1);
  dojo_progress_record_attempt (progress, PACK_ID, "greet");
  g_assert_true (dojo_progress_save (progress, &error));
  fixture_write (projects, PACK_ID "/greet/main.py", "print('mine')\n");

  changed = dojo_installer_changed_exercises (old, progress);
  g_assert_null (changed[0]);
  g_clear_pointer (&changed, g_strfreev);

  preview = dojo_installer_inspect (v2_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dojo_install_preview_get_kind (preview), ==, DOJO_INSTALL_KIND_UPDATE);
  g_assert_cmpstr (dojo_install_preview_get_installed_version (preview), ==, "1.0.0");
  /* Only what is newer than the installed version. */
  g_assert_cmpuint (dojo_install_preview_get_n_releases (preview), ==, 1);
  g_assert_cmpstr (dojo_install_preview_get_release (preview, 0, NULL, NULL), ==, "2.0.0");
  revised = dojo_install_preview_get_changed_exercises (preview);
  g_assert_cmpuint (g_strv_length ((char **)revised), ==, 2);
  g_assert_cmpstr (revised[0], ==, "greet");
  g_assert_cmpstr (revised[1], ==, "count-down");

  pack = install (v2, DOJO_INSTALL_FLAGS_NONE, &error);
  g_assert_no_error (error);
  assert_listed ("2.0.0");
  assert_no_leftovers ();

  /* The learner's files and progress are untouched. */
  g_assert_true (g_file_get_contents (work, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "print('mine')\n");
  g_assert_true (dojo_progress_load (reloaded, NULL, &error));
  g_assert_cmpint (dojo_progress_get_status (reloaded, PACK_ID, "greet"), ==,
                   DOJO_PROGRESS_PASSED);
  g_assert_cmpuint (dojo_progress_get_attempts (reloaded, PACK_ID, "greet"), ==, 1);

  /* Both passes were of revision 1: check again. */
  changed = dojo_installer_changed_exercises (pack, reloaded);
  g_assert_cmpuint (g_strv_length (changed), ==, 2);
  g_assert_cmpstr (changed[0], ==, "greet");
  g_assert_cmpstr (changed[1], ==, "count-down");

  /* Passing the new revision clears it. */
  dojo_progress_mark_passed (reloaded, PACK_ID, "greet", 2);
  changed_after = dojo_installer_changed_exercises (pack, reloaded);
  g_assert_cmpuint (g_strv_length (changed_after), ==, 1);
  g_assert_cmpstr (changed_after[0], ==, "count-down");
}

static void
test_downgrade_refused (void)
{
  g_autofree char *v1 = make_archive ("1.0.0", 1, NULL);
  g_autofree char *v2 = make_archive ("2.0.0", 1, NULL);
  g_autoptr(GFile) v1_file = g_file_new_for_path (v1);
  g_autoptr(DojoInstallPreview) preview = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoPack) forced = NULL;
  g_autoptr(DojoPack) same = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;

  pack = install (v2, DOJO_INSTALL_FLAGS_NONE, &error);
  g_assert_no_error (error);

  preview = dojo_installer_inspect (v1_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dojo_install_preview_get_kind (preview), ==, DOJO_INSTALL_KIND_DOWNGRADE);
  g_assert_cmpuint (dojo_install_preview_get_n_releases (preview), ==, 0);

  g_assert_null (install (v1, DOJO_INSTALL_FLAGS_NONE, &error));
  g_assert_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_DOWNGRADE);
  g_assert_nonnull (strstr (error->message, "1.0.0"));
  g_assert_nonnull (strstr (error->message, "2.0.0"));
  g_clear_error (&error);
  assert_listed ("2.0.0");
  assert_no_leftovers ();

  forced = install (v1, DOJO_INSTALL_FLAGS_FORCE, &error);
  g_assert_no_error (error);
  version = installed_version ();
  g_assert_cmpstr (version, ==, "1.0.0");

  /* The same version again is no downgrade. */
  same = install (v1, DOJO_INSTALL_FLAGS_NONE, &error);
  g_assert_no_error (error);
  assert_listed ("1.0.0");
}

static void
test_builtin_refused (void)
{
  g_autofree char *archive = make_archive ("1.0.0", 1, DOJO_BUILTIN_PACK_ID);
  g_autoptr(GFile) file = g_file_new_for_path (archive);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) packs = NULL;

  g_assert_null (dojo_installer_inspect (file, NULL, &error));
  g_assert_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_BUILTIN);
  g_clear_error (&error);

  g_assert_null (install (archive, DOJO_INSTALL_FLAGS_FORCE, &error));
  g_assert_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_BUILTIN);
  g_clear_error (&error);

  g_assert_false (dojo_installer_remove (DOJO_BUILTIN_PACK_ID, FALSE, NULL, &error));
  g_assert_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_BUILTIN);

  packs = dojo_library_scan (NULL);
  g_assert_cmpuint (packs->len, ==, 1);
  assert_no_leftovers ();
}

static void
test_invalid_refused (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *archive = g_build_filename (g_get_user_cache_dir (), "bad.dojopack", NULL);
  g_autofree char *broken = fixture_replace (fixture_exercise, "  \"revision\": 1\n",
                                             "  \"revision\": 0\n");
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GFile) output = g_file_new_for_path (archive);
  g_autoptr(GError) error = NULL;

  fixture_write (root, "exercises/greet/exercise.json", broken);
  g_assert_true (dojo_archive_write (dir, output, NULL, NULL, &error));

  g_assert_null (dojo_installer_inspect (output, NULL, &error));
  g_assert_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_INVALID_PACK);
  g_clear_error (&error);

  g_assert_null (install (archive, DOJO_INSTALL_FLAGS_NONE, &error));
  g_assert_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_INVALID_PACK);
  /* The message lists the problem, where it is. */
  g_assert_nonnull (strstr (error->message, "exercises/greet/exercise.json:14"));
  assert_listed (NULL);
  assert_no_leftovers ();
}

static void
test_hostile_refused (void)
{
  const RawZipEntry dotdot[] = {
    { "manifest.json", "{}", 0 },
    { "../../../evil", "gotcha", 0 },
  };
  const RawZipEntry absolute[] = {
    { "manifest.json", "{}", 0 },
    { "/tmp/evil", "gotcha", 0 },
  };
  const RawZipEntry link[] = {
    { "evil", "/etc", 0120777 },
    { "evil/passwd", "gotcha", 0 },
  };
  struct { const RawZipEntry *entries; guint n; int code; } cases[] = {
    { dotdot, G_N_ELEMENTS (dotdot), DOJO_ARCHIVE_ERROR_UNSAFE_PATH },
    { absolute, G_N_ELEMENTS (absolute), DOJO_ARCHIVE_ERROR_UNSAFE_PATH },
    { link, G_N_ELEMENTS (link), DOJO_ARCHIVE_ERROR_LINK },
  };
  g_autofree char *v1 = make_archive ("1.0.0", 1, NULL);
  g_autoptr(DojoPack) pack = install (v1, DOJO_INSTALL_FLAGS_NONE, NULL);

  g_assert_nonnull (pack);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("hostile-%u.dojopack", i);
      g_autofree char *path = g_build_filename (g_get_user_cache_dir (), name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *data = g_path_get_dirname (g_get_user_data_dir ());

      raw_zip_write (path, cases[i].entries, cases[i].n);

      g_assert_null (dojo_installer_inspect (file, NULL, &error));
      g_assert_error (error, DOJO_ARCHIVE_ERROR, cases[i].code);
      g_clear_error (&error);

      g_assert_null (install (path, DOJO_INSTALL_FLAGS_FORCE, &error));
      g_assert_error (error, DOJO_ARCHIVE_ERROR, cases[i].code);

      /* Nothing landed anywhere in the test's home, and the installed
       * version is still there. */
      g_assert_false (raw_zip_tree_has (data, "evil"));
      g_assert_false (g_file_test ("/tmp/evil", G_FILE_TEST_EXISTS));
      assert_listed ("1.0.0");
      assert_no_leftovers ();
    }
}

static void
test_remove (void)
{
  g_autofree char *v1 = make_archive ("1.0.0", 1, NULL);
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *work = g_build_filename (projects, PACK_ID, "greet", "main.py", NULL);
  g_autoptr(DojoPack) first = NULL;
  g_autoptr(DojoPack) second = NULL;
  g_autoptr(GError) error = NULL;

  first = install (v1, DOJO_INSTALL_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture_write (projects, PACK_ID "/greet/main.py", "print('mine')\n");

  g_assert_true (dojo_installer_remove (PACK_ID, FALSE, NULL, &error));
  g_assert_no_error (error);
  assert_listed (NULL);
  g_assert_true (g_file_test (work, G_FILE_TEST_IS_REGULAR));
  assert_no_leftovers ();

  second = install (v1, DOJO_INSTALL_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (dojo_installer_remove (PACK_ID, TRUE, NULL, &error));
  g_assert_no_error (error);
  assert_listed (NULL);
  g_assert_false (g_file_test (work, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (projects, G_FILE_TEST_IS_DIR));

  g_assert_false (dojo_installer_remove (PACK_ID, FALSE, NULL, &error));
  g_assert_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_NOT_INSTALLED);
}

/* Failures injected at each step ------------------------------------------ */

static gboolean
fail_at (DojoInstallStep step,
         gpointer        user_data)
{
  return (int)step != GPOINTER_TO_INT (user_data);
}

static void
run_failures (gboolean exchange)
{
  g_autofree char *v1 = make_archive ("1.0.0", 1, NULL);
  g_autofree char *v2 = make_archive ("2.0.0", 2, NULL);
  g_autoptr(DojoPack) first = NULL;
  g_autoptr(GError) error = NULL;

  _dojo_installer_set_use_exchange (exchange);

  /* A first install that fails leaves nothing. */
  _dojo_installer_set_step_hook (fail_at, GINT_TO_POINTER (DOJO_INSTALL_STEP_MOVE_IN));
  g_assert_null (install (v1, DOJO_INSTALL_FLAGS_NONE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_listed (NULL);
  assert_no_leftovers ();

  _dojo_installer_set_step_hook (NULL, NULL);
  first = install (v1, DOJO_INSTALL_FLAGS_NONE, &error);
  g_assert_no_error (error);

  for (DojoInstallStep step = DOJO_INSTALL_STEP_EXTRACT; step < DOJO_INSTALL_STEP_CLEANUP; step++)
    {
      g_autofree char *version = NULL;

      /* With an exchange, nothing is ever moved aside. */
      if (exchange && step == DOJO_INSTALL_STEP_MOVE_ASIDE)
        continue;

      _dojo_installer_set_step_hook (fail_at, GINT_TO_POINTER (step));
      g_assert_null (install (v2, DOJO_INSTALL_FLAGS_NONE, &error));
      g_assert_error (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_FAILED);
      g_clear_error (&error);

      version = installed_version ();
      g_assert_cmpstr (version, ==, "1.0.0");
      assert_listed ("1.0.0");
      assert_no_leftovers ();
    }

  /* Once the new version is in place, a failure to clean up only leaves
   * litter, never listed, cleared by the next install. */
  {
    g_autoptr(DojoPack) updated = NULL;
    g_autoptr(DojoPack) again = NULL;

    _dojo_installer_set_step_hook (fail_at, GINT_TO_POINTER (DOJO_INSTALL_STEP_CLEANUP));
    updated = install (v2, DOJO_INSTALL_FLAGS_NONE, &error);
    g_assert_no_error (error);
    assert_listed ("2.0.0");

    _dojo_installer_set_step_hook (NULL, NULL);
    again = install (v2, DOJO_INSTALL_FLAGS_NONE, &error);
    g_assert_no_error (error);
    assert_no_leftovers ();
  }

  _dojo_installer_set_use_exchange (TRUE);
}

static void
test_failures_exchange (void)
{
  run_failures (TRUE);
}

static void
test_failures_move_aside (void)
{
  run_failures (FALSE);
}

/* A real SIGKILL of a child doing the install ------------------------------ */

static gboolean
kill_at (DojoInstallStep step,
         gpointer        user_data)
{
  if ((int)step == GPOINTER_TO_INT (user_data))
    raise (SIGKILL);
  return TRUE;
}

/* In the child: install @archive, killed by SIGKILL before @step. */
static int
install_child (const char *archive,
               const char *step,
               const char *exchange)
{
  g_autoptr(GFile) file = g_file_new_for_path (archive);
  g_autoptr(DojoPack) pack = NULL;

  _dojo_installer_set_use_exchange (g_str_equal (exchange, "1"));
  _dojo_installer_set_step_hook (kill_at, GINT_TO_POINTER (atoi (step)));
  pack = dojo_installer_install (file, DOJO_INSTALL_FLAGS_NONE, NULL, NULL);

  return pack != NULL ? 0 : 1;
}

static void
run_killed (gboolean exchange)
{
  g_autofree char *v1 = make_archive ("1.0.0", 1, NULL);
  g_autofree char *v2 = make_archive ("2.0.0", 2, NULL);
  g_autoptr(DojoPack) first = install (v1, DOJO_INSTALL_FLAGS_NONE, NULL);

  g_assert_nonnull (first);

  for (DojoInstallStep step = DOJO_INSTALL_STEP_EXTRACT; step < DOJO_INSTALL_N_STEPS; step++)
    {
      g_autofree char *step_arg = g_strdup_printf ("%d", step);
      g_autofree char *version = NULL;
      g_autoptr(GError) error = NULL;
      const char *argv[] = { g_test_get_filename (G_TEST_BUILT, "test-installer", NULL),
                             "--install-child", v2, step_arg, exchange ? "1" : "0", NULL };
      g_auto(GStrv) envp = g_get_environ ();
      const char *expected = step == DOJO_INSTALL_STEP_CLEANUP ? "2.0.0" : "1.0.0";
      int status = 0;

      if (exchange && step == DOJO_INSTALL_STEP_MOVE_ASIDE)
        continue;

      envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
      g_assert_true (g_spawn_sync (NULL, (char **)argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                                   NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      /* Killed between moving the old version aside and the new one in:
       * the next install, removal or start of the app puts it back. */
      if (!exchange && step == DOJO_INSTALL_STEP_MOVE_IN)
        {
          g_autofree char *none = installed_version ();

          g_assert_null (none);
          g_assert_true (dojo_installer_recover (&error));
          g_assert_no_error (error);
        }

      version = installed_version ();
      g_assert_cmpstr (version, ==, expected);
      assert_listed (expected);

      /* Back to version 1 for the next step, through the installer (the
       * leftovers of the kill are cleared on the way). */
      if (step == DOJO_INSTALL_STEP_CLEANUP)
        {
          g_autoptr(DojoPack) back = install (v1, DOJO_INSTALL_FLAGS_FORCE, &error);

          g_assert_no_error (error);
        }
      g_assert_true (dojo_installer_recover (&error));
      assert_no_leftovers ();
    }
}

static void
test_killed_exchange (void)
{
  run_killed (TRUE);
}

static void
test_killed_move_aside (void)
{
  run_killed (FALSE);
}

/* Async, as the app calls it ------------------------------------------------ */

static void
got_result (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static void
test_async (void)
{
  g_autofree char *v1 = make_archive ("1.0.0", 1, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (v1);
  g_autoptr(GAsyncResult) inspected = NULL;
  g_autoptr(GAsyncResult) installed = NULL;
  g_autoptr(GAsyncResult) removed = NULL;
  g_autoptr(DojoInstallPreview) preview = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GError) error = NULL;

  dojo_installer_inspect_async (file, NULL, got_result, &inspected);
  preview = dojo_installer_inspect_finish (wait_for (&inspected), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dojo_install_preview_get_version (preview), ==, "1.0.0");

  dojo_installer_install_async (file, DOJO_INSTALL_FLAGS_NONE, NULL, got_result, &installed);
  pack = dojo_installer_install_finish (wait_for (&installed), &error);
  g_assert_no_error (error);
  assert_listed ("1.0.0");

  dojo_installer_remove_async (PACK_ID, FALSE, NULL, got_result, &removed);
  g_assert_true (dojo_installer_remove_finish (wait_for (&removed), &error));
  g_assert_no_error (error);
  assert_listed (NULL);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 5 && g_str_equal (argv[1], "--install-child"))
    return install_child (argv[2], argv[3], argv[4]);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/installer/install-new", test_install_new);
  g_test_add_func ("/installer/update-keeps-progress", test_update_keeps_progress);
  g_test_add_func ("/installer/downgrade-refused", test_downgrade_refused);
  g_test_add_func ("/installer/builtin-refused", test_builtin_refused);
  g_test_add_func ("/installer/invalid-refused", test_invalid_refused);
  g_test_add_func ("/installer/hostile-refused", test_hostile_refused);
  g_test_add_func ("/installer/remove", test_remove);
  g_test_add_func ("/installer/failures/exchange", test_failures_exchange);
  g_test_add_func ("/installer/failures/move-aside", test_failures_move_aside);
  g_test_add_func ("/installer/killed/exchange", test_killed_exchange);
  g_test_add_func ("/installer/killed/move-aside", test_killed_move_aside);
  g_test_add_func ("/installer/async", test_async);

  return g_test_run ();
}
