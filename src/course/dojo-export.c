/* dojo-export.c: a learner's work on a course, in one file for the teacher
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-export"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-archive.h"
#include "dojo-installer-private.h"
#include "dojo-json.h"
#include "dojo-library.h"
#include "dojo-paths.h"
#include "dojo-repo.h"
#include "dojo-export-private.h"

/* A .dojowork file is a zip written by dojo_archive_write() (so the
 * teacher's side reads it with dojo_archive_extract(), with every safety
 * of a pack):
 *
 *   dojowork.json                 the report (docs/teachers.md)
 *   projects/<item-id>/           each project folder of the course, as it
 *     .git/                       is on disk: working files and the whole
 *     main.py …                   git history, as plain files
 *
 * libgit2 has no bundle writer, and the git program is not there in the
 * Flatpak, so the repository travels as the files of its .git folder:
 * only what reading the history needs (see _dojo_export_clean_project()). */

/* The biggest .git/config read; a larger one is replaced as a whole. */
#define MAX_GIT_CONFIG_BYTES (64 * 1024)

G_DEFINE_QUARK (dojo-export-error-quark, dojo_export_error)

typedef struct
{
  char               *id;
  DojoPackItemType    type;
  DojoProgressStatus  status;
  guint               attempts;
  guint               hints_used;
  guint               revision_passed;
  char               *passed_at;
  int                 quiz_score;
} ItemReport;

typedef struct
{
  char      *pack_id;
  char      *version;
  char      *title;
  char      *projects;  /* projects/<pack-id> */
  GPtrArray *items;     /* ItemReport, in course order */
  GFile     *output;
  gboolean   has_work;  /* dojo_export_has_work(), when the job was made */
} ExportJob;

static void
item_report_free (ItemReport *item)
{
  g_free (item->id);
  g_free (item->passed_at);
  g_free (item);
}

static void
export_job_free (ExportJob *job)
{
  g_free (job->pack_id);
  g_free (job->version);
  g_free (job->title);
  g_free (job->projects);
  g_clear_pointer (&job->items, g_ptr_array_unref);
  g_clear_object (&job->output);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static const char *
status_to_string (DojoProgressStatus status)
{
  switch (status)
    {
    case DOJO_PROGRESS_SEEN: return "seen";
    case DOJO_PROGRESS_STARTED: return "started";
    case DOJO_PROGRESS_PASSED: return "passed";
    case DOJO_PROGRESS_NONE:
    default: return "none";
    }
}

/* What progress says, copied in the caller's thread: DojoProgress is not
 * shared with the worker. */
static ExportJob *
export_job_new (DojoPack     *pack,
                DojoProgress *progress,
                GFile        *output)
{
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  const char *pack_id = dojo_pack_get_id (pack);

  job->pack_id = g_strdup (pack_id);
  job->version = g_strdup (dojo_pack_get_version (pack));
  job->title = g_strdup (dojo_pack_get_title (pack));
  job->projects = g_build_filename (projects, pack_id, NULL);
  job->output = g_object_ref (output);
  job->items = g_ptr_array_new_with_free_func ((GDestroyNotify)item_report_free);

  for (guint i = 0; i < dojo_pack_get_n_items (pack); i++)
    {
      DojoPackItem *pack_item = dojo_pack_get_item (pack, i);
      const char *id = dojo_pack_item_get_id (pack_item);
      ItemReport *item = g_new0 (ItemReport, 1);
      GDateTime *passed_at = dojo_progress_get_passed_at (progress, pack_id, id);

      item->id = g_strdup (id);
      item->type = dojo_pack_item_get_item_type (pack_item);
      item->status = dojo_progress_get_status (progress, pack_id, id);
      item->attempts = dojo_progress_get_attempts (progress, pack_id, id);
      item->hints_used = dojo_progress_get_hints_used (progress, pack_id, id);
      item->revision_passed = dojo_progress_get_revision_passed (progress, pack_id, id);
      item->quiz_score = dojo_progress_get_quiz_score (progress, pack_id, id, TRUE);
      if (passed_at != NULL)
        {
          g_autoptr(GDateTime) utc = g_date_time_to_utc (passed_at);

          item->passed_at = g_date_time_format_iso8601 (utc);
        }
      g_ptr_array_add (job->items, item);
    }
  job->has_work = dojo_export_has_work (pack, progress);

  return job;
}

/* The learner's git identity: the one commits are signed with. */
static void
learner_identity (ExportJob  *job,
                  char      **name,
                  char      **email)
{
  if (dojo_repo_get_identity (NULL, name, email))
    return;

  g_clear_pointer (name, g_free);
  g_clear_pointer (email, g_free);

  /* Set in one project's own config only? Take the first. */
  for (guint i = 0; i < job->items->len; i++)
    {
      ItemReport *item = g_ptr_array_index (job->items, i);
      g_autofree char *path = g_build_filename (job->projects, item->id, NULL);
      g_autoptr(GFile) dir = g_file_new_for_path (path);
      g_autoptr(DojoRepo) repo = dojo_repo_open (dir, NULL);

      if (repo != NULL && dojo_repo_get_identity (repo, name, email))
        return;
      g_clear_pointer (name, g_free);
      g_clear_pointer (email, g_free);
    }

  *name = g_strdup (g_get_real_name ());
  *email = g_strdup ("");
}

/* A .git that is a file (a “gitdir:” pointer) or a link names a
 * repository elsewhere: not the learner's to hand in, nor to grade. */
static gboolean
refuse_git_pointer (const char  *project,
                    GError     **error)
{
  g_autofree char *git_dir = g_build_filename (project, ".git", NULL);
  g_autofree char *shown = NULL;
  GStatBuf st;

  if (g_lstat (git_dir, &st) != 0 || S_ISDIR (st.st_mode))
    return TRUE;

  shown = g_path_get_basename (project);
  g_set_error (error, DOJO_EXPORT_ERROR, DOJO_EXPORT_ERROR_GIT_POINTER,
               _("The project “%s” keeps its history elsewhere: its .git is a file or "
                 "a link, not a folder. Only a project with a .git folder of its own "
                 "can be handed in."), shown);
  return FALSE;
}

/* Copies plain files and folders; links and special files are left out,
 * and so is what Python and git leave behind while working. */
static gboolean
copy_tree (const char    *from,
           const char    *to,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_mkdir (to, 0755) != 0)
    {
      int errsv = errno;

      g_set_error (error, DOJO_EXPORT_ERROR, DOJO_EXPORT_ERROR_FAILED,
                   _("Could not create “%s”: %s"), to, g_strerror (errsv));
      return FALSE;
    }

  if (!(dir = g_dir_open (from, 0, error)))
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *dest = g_build_filename (to, name, NULL);
      GStatBuf st;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (g_lstat (source, &st) != 0)
        continue;
      if (g_str_equal (name, "__pycache__") || g_str_has_suffix (name, ".lock"))
        continue;

      if (S_ISDIR (st.st_mode))
        {
          if (!copy_tree (source, dest, cancellable, error))
            return FALSE;
        }
      else if (S_ISREG (st.st_mode))
        {
          g_autoptr(GFile) source_file = g_file_new_for_path (source);
          g_autoptr(GFile) dest_file = g_file_new_for_path (dest);

          if (!g_file_copy (source_file, dest_file, G_FILE_COPY_NOFOLLOW_SYMLINKS,
                            cancellable, NULL, NULL, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* What of a .git folder never travels, and is deleted before grading:
 * hooks run programs; these files and folders name other repositories
 * (alternates, commondir, worktrees, submodules' repositories) or more
 * config. */
static const char * const git_unsafe_entries[] = {
  "hooks", "modules", "worktrees", "commondir", "gitdir", "config.worktree",
  "objects/info/alternates", "objects/info/http-alternates", NULL
};

/* The only config kept: switches that change how the files on disk are
 * compared with the history, with values that can be nothing else. Every
 * other key may name a program (core.fsmonitor, core.pager,
 * core.sshCommand, alias.*, filter.*), another file (include.path,
 * includeIf.*, core.hooksPath, core.excludesFile) or another working tree
 * (core.worktree). */
static const char * const git_config_keys[] = {
  "filemode", "ignorecase", "precomposeunicode", "symlinks", "logallrefupdates",
  "autocrlf", NULL
};

static gboolean
is_config_value (const char *key,
                 const char *value)
{
  static const char * const booleans[] = {
    "true", "false", "yes", "no", "on", "off", "1", "0", NULL
  };

  for (guint i = 0; booleans[i] != NULL; i++)
    if (g_ascii_strcasecmp (value, booleans[i]) == 0)
      return TRUE;

  return g_str_equal (key, "autocrlf") && g_ascii_strcasecmp (value, "input") == 0;
}

/**
 * _dojo_export_safe_git_config:
 * @config: (nullable): the text of a .git/config that came from elsewhere
 *
 * Returns: (transfer full): a config for the same repository that names
 *   no program, no file and no other repository: `[core]` with
 *   repositoryformatversion 0, bare false and, of @config, only the keys of
 *   git_config_keys[] with a plain value. Parsed by hand, never by git:
 *   git would already follow include.path while reading.
 */
char *
_dojo_export_safe_git_config (const char *config)
{
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = g_strsplit (config ? config : "", "\n", -1);
  GString *out = g_string_new ("[core]\n\trepositoryformatversion = 0\n\tbare = false\n");
  gboolean in_core = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      char *equals;
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      if (line[0] == '[')
        {
          in_core = g_ascii_strcasecmp (line, "[core]") == 0;
          continue;
        }
      if (!in_core || (equals = strchr (line, '=')) == NULL)
        continue;

      key = g_ascii_strdown (line, equals - line);
      g_strstrip (key);
      value = g_ascii_strdown (equals + 1, -1);
      g_strstrip (value);
      if (g_strv_contains (git_config_keys, key) && is_config_value (key, value))
        g_hash_table_replace (kept, g_steal_pointer (&key), g_steal_pointer (&value));
    }

  for (guint i = 0; git_config_keys[i] != NULL; i++)
    {
      const char *value = g_hash_table_lookup (kept, git_config_keys[i]);

      if (value != NULL)
        g_string_append_printf (out, "\t%s = %s\n", git_config_keys[i], value);
    }

  return g_string_free (out, FALSE);
}

/**
 * _dojo_export_remove_git_dirs:
 * @dir: a folder
 *
 * Deletes every .git (in any case: one on a disk that folds case) inside
 * @dir, at any depth, never following a link: a repository inside a
 * project is not the project's history, and git run in a folder without
 * a .git of its own would look for one in the folders above.
 */
void
_dojo_export_remove_git_dirs (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (g_ascii_strcasecmp (name, ".git") == 0)
        _dojo_remove_tree (path);
      else if (g_lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
        _dojo_export_remove_git_dirs (path);
    }
}

static gboolean
clean_git_config (const char  *git_dir,
                  GError     **error)
{
  g_autofree char *path = g_build_filename (git_dir, "config", NULL);
  g_autofree char *text = NULL;
  g_autofree char *safe = NULL;
  GStatBuf st;

  if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_size <= MAX_GIT_CONFIG_BYTES)
    g_file_get_contents (path, &text, NULL, NULL);
  _dojo_remove_tree (path);

  safe = _dojo_export_safe_git_config (text);
  return g_file_set_contents (path, safe, -1, error);
}

/**
 * _dojo_export_clean_project:
 * @project: a project folder: a copy made for the export, or a learner's
 *   project extracted from a .dojowork on the teacher's side
 *
 * Leaves in @project's .git only what reading the history needs: no
 * hooks, a config of plain switches (_dojo_export_safe_git_config()),
 * nothing that names another repository; and no other .git deeper in the
 * project. A .git that is a file (a “gitdir:” pointer) or a link is
 * refused: what it points to is not the learner's to hand in. Nothing is
 * followed out of @project.
 */
gboolean
_dojo_export_clean_project (const char  *project,
                            GError     **error)
{
  g_autofree char *git_dir = g_build_filename (project, ".git", NULL);
  g_autoptr(GDir) handle = NULL;
  const char *name;
  GStatBuf st;

  g_return_val_if_fail (project != NULL, FALSE);

  if (!refuse_git_pointer (project, error))
    return FALSE;

  /* Every .git below the project's own, and a second one by case. */
  handle = g_dir_open (project, 0, error);
  if (handle == NULL)
    return FALSE;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (project, name, NULL);

      if (g_str_equal (name, ".git"))
        continue;
      if (g_ascii_strcasecmp (name, ".git") == 0)
        _dojo_remove_tree (path);
      else if (g_lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
        _dojo_export_remove_git_dirs (path);
    }

  if (g_lstat (git_dir, &st) != 0)
    return TRUE;

  for (guint i = 0; git_unsafe_entries[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (git_dir, git_unsafe_entries[i], NULL);

      _dojo_remove_tree (path);
    }

  return clean_git_config (git_dir, error);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static gboolean
run_export (ExportJob     *job,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GFile) staging_dir = NULL;
  g_autofree char *now_text = g_date_time_format_iso8601 (now);
  g_autofree char *staging = NULL;
  g_autofree char *projects = NULL;
  g_autofree char *report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  gboolean ok = FALSE;

  /* An empty report would reach the teacher as a learner who did
   * nothing, with nothing to show why. */
  if (!job->has_work)
    {
      g_set_error (error, DOJO_EXPORT_ERROR, DOJO_EXPORT_ERROR_NOTHING,
                   _("There is nothing to export yet: you have not begun “%s”."), job->title);
      return FALSE;
    }

  if (!(staging = g_dir_make_tmp ("dojo-export-XXXXXX", error)))
    return FALSE;

  learner_identity (job, &name, &email);

  json_builder_begin_object (builder);
  add_int (builder, "format", DOJO_WORK_FORMAT);
  json_builder_set_member_name (builder, "pack");
  json_builder_begin_object (builder);
  dojo_json_builder_add_nullable_string (builder, "id", job->pack_id);
  dojo_json_builder_add_nullable_string (builder, "version", job->version);
  dojo_json_builder_add_nullable_string (builder, "title", job->title);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "learner");
  json_builder_begin_object (builder);
  dojo_json_builder_add_nullable_string (builder, "name", name);
  dojo_json_builder_add_nullable_string (builder, "email", email);
  json_builder_end_object (builder);
  dojo_json_builder_add_nullable_string (builder, "exported_at", now_text);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);

  projects = g_build_filename (staging, "projects", NULL);
  if (g_mkdir (projects, 0755) != 0)
    {
      g_set_error (error, DOJO_EXPORT_ERROR, DOJO_EXPORT_ERROR_FAILED,
                   _("Could not create “%s”: %s"), projects, g_strerror (errno));
      goto out;
    }

  for (guint i = 0; i < job->items->len; i++)
    {
      ItemReport *item = g_ptr_array_index (job->items, i);
      g_autofree char *project = g_build_filename (job->projects, item->id, NULL);
      g_autofree char *copy = NULL;
      g_autofree char *relpath = NULL;
      g_autofree char *last_commit = NULL;

      if (g_file_test (project, G_FILE_TEST_IS_DIR) &&
          !g_file_test (project, G_FILE_TEST_IS_SYMLINK))
        {
          copy = g_build_filename (projects, item->id, NULL);
          /* copy_tree() leaves links out: a .git link would go unseen. */
          if (!refuse_git_pointer (project, error) ||
              !copy_tree (project, copy, cancellable, error) ||
              !_dojo_export_clean_project (copy, error))
            goto out;
          relpath = g_strconcat ("projects/", item->id, NULL);
          {
            g_autoptr(GFile) dir = g_file_new_for_path (project);
            g_autoptr(DojoCommitInfo) last = dojo_repo_read_last_commit (dir);

            if (last != NULL)
              last_commit = dojo_commit_info_format_time (last);
          }
        }

      json_builder_begin_object (builder);
      dojo_json_builder_add_nullable_string (builder, "id", item->id);
      dojo_json_builder_add_nullable_string (builder, "type",
                                             dojo_pack_item_type_to_string (item->type));
      dojo_json_builder_add_nullable_string (builder, "status", status_to_string (item->status));
      add_int (builder, "attempts", item->attempts);
      add_int (builder, "hints_used", item->hints_used);
      add_int (builder, "revision_passed", item->revision_passed);
      dojo_json_builder_add_nullable_string (builder, "passed_at", item->passed_at);
      if (item->quiz_score >= 0)
        add_int (builder, "quiz_score", item->quiz_score);
      dojo_json_builder_add_nullable_string (builder, "last_commit", last_commit);
      dojo_json_builder_add_nullable_string (builder, "project", relpath);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  report = g_build_filename (staging, DOJO_WORK_REPORT, NULL);
  if (!g_file_set_contents (report, text, -1, error))
    goto out;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;

  staging_dir = g_file_new_for_path (staging);
  ok = dojo_archive_write (staging_dir, job->output, NULL, NULL, error);

out:
  _dojo_remove_tree (staging);

  return ok;
}

/**
 * dojo_export_suggest_name:
 *
 * Returns: (transfer full): a file name for the learner's work on @pack:
 *   `<pack-id>-<learner>-<YYYY-MM-DD>.dojowork`, the learner by their git
 *   name in plain lower-case letters
 */
char *
dojo_export_suggest_name (DojoPack *pack)
{
  g_autofree char *name = NULL;
  g_autofree char *ascii = NULL;
  g_autoptr(GString) slug = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  g_return_val_if_fail (DOJO_IS_PACK (pack), NULL);

  if (!dojo_repo_get_identity (NULL, &name, NULL) || name == NULL)
    {
      g_free (name);
      name = g_strdup (g_get_real_name ());
    }

  ascii = g_str_to_ascii (name, "C");
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0 || g_str_equal (slug->str, "unknown"))
    g_string_assign (slug, "learner");

  return g_strdup_printf ("%s-%s-%s" DOJO_WORK_EXTENSION, dojo_pack_get_id (pack), slug->str,
                          date);
}

/**
 * dojo_export_has_work:
 * @pack: a course
 * @progress: the learner's progress
 *
 * Returns: whether the learner has begun @pack: an item with progress, or
 *   a project folder of one of its items. Only then is there anything to
 *   export.
 */
gboolean
dojo_export_has_work (DojoPack     *pack,
                      DojoProgress *progress)
{
  g_autofree char *projects = NULL;
  const char *pack_id;

  g_return_val_if_fail (DOJO_IS_PACK (pack), FALSE);
  g_return_val_if_fail (DOJO_IS_PROGRESS (progress), FALSE);

  pack_id = dojo_pack_get_id (pack);
  projects = dojo_paths_get_projects_dir ();
  for (guint i = 0; i < dojo_pack_get_n_items (pack); i++)
    {
      const char *id = dojo_pack_item_get_id (dojo_pack_get_item (pack, i));
      g_autofree char *project = g_build_filename (projects, pack_id, id, NULL);

      if (dojo_progress_get_status (progress, pack_id, id) != DOJO_PROGRESS_NONE ||
          g_file_test (project, G_FILE_TEST_IS_DIR))
        return TRUE;
    }

  return FALSE;
}

/**
 * dojo_export_open_course:
 * @pack_id: a course's id
 *
 * Loads the course @pack_id as the app's list of courses does: the one
 * installed for this user (in `$XDG_DATA_HOME/dojo/packs`), or the
 * built-in one.
 *
 * Returns: (transfer full): the course, or %NULL with
 *   %DOJO_EXPORT_ERROR_NO_PACK if there is none with that id
 */
DojoPack *
dojo_export_open_course (const char  *pack_id,
                         GError     **error)
{
  g_autoptr(GFile) dir = NULL;

  g_return_val_if_fail (pack_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(dir = dojo_library_locate (pack_id)))
    {
      g_set_error (error, DOJO_EXPORT_ERROR, DOJO_EXPORT_ERROR_NO_PACK,
                   _("There is no course “%s” here."), pack_id);
      return NULL;
    }

  return dojo_library_load (dir, error);
}

/**
 * dojo_export_list_begun:
 * @progress: the learner's progress
 * @cancellable: (nullable): a cancellable
 *
 * Returns: (transfer full) (element-type DojoPack): the courses here
 *   (dojo_library_scan()) that the learner has begun
 *   (dojo_export_has_work()), in the library's order. Blocking.
 */
GPtrArray *
dojo_export_list_begun (DojoProgress *progress,
                        GCancellable *cancellable)
{
  g_autoptr(GPtrArray) packs = NULL;
  GPtrArray *begun = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (DOJO_IS_PROGRESS (progress), begun);

  packs = dojo_library_scan (cancellable);
  for (guint i = 0; i < packs->len; i++)
    {
      DojoPack *pack = g_ptr_array_index (packs, i);

      if (dojo_export_has_work (pack, progress))
        g_ptr_array_add (begun, g_object_ref (pack));
    }

  return begun;
}

/**
 * dojo_export_course:
 * @pack: the course
 * @progress: the learner's progress
 * @output: the .dojowork file to write (replaced atomically)
 *
 * Writes the learner's work on @pack into one file to hand to the
 * teacher: every project folder of the course, with its whole git
 * history, and a report of the progress (dojowork.json: the learner's git
 * name and email; per item its status, attempts, hints used, when it was
 * passed and the time of its last commit). Blocking.
 */
gboolean
dojo_export_course (DojoPack      *pack,
                    DojoProgress  *progress,
                    GFile         *output,
                    GError       **error)
{
  g_autoptr(ExportJob) job = NULL;

  g_return_val_if_fail (DOJO_IS_PACK (pack), FALSE);
  g_return_val_if_fail (DOJO_IS_PROGRESS (progress), FALSE);
  g_return_val_if_fail (G_IS_FILE (output), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = export_job_new (pack, progress, output);
  return run_export (job, NULL, error);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;

  if (run_export (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * dojo_export_course_async:
 *
 * Runs dojo_export_course() in a thread. @progress is read before this
 * returns; the files are copied and written in the thread.
 */
void
dojo_export_course_async (DojoPack            *pack,
                          DojoProgress        *progress,
                          GFile               *output,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DOJO_IS_PACK (pack));
  g_return_if_fail (DOJO_IS_PROGRESS (progress));
  g_return_if_fail (G_IS_FILE (output));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_export_course_async);
  g_task_set_task_data (task, export_job_new (pack, progress, output),
                        (GDestroyNotify)export_job_free);
  g_task_run_in_thread (task, export_in_thread);
}

gboolean
dojo_export_course_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
