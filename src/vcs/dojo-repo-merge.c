/* dojo-repo-merge.c: merging a branch, conflicts, and aborting a merge
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A merge leaves the repository exactly as `git merge` does (MERGE_HEAD,
 * MERGE_MSG, ORIG_HEAD, conflicts in the index, markers in the files), so
 * that the Shell and Dojo can each finish or abort what the other began.
 * Dojo adds one file of its own, .git/dojo-merge: for each file the merge
 * left in conflict, the blob id of what the merge wrote there. Aborting
 * compares against it to know which files the learner edited since.
 */

#define G_LOG_DOMAIN "dojo-repo"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dojo-conflict.h"
#include "dojo-repo-private.h"

#define MERGE_RECORD "dojo-merge"

/* Files larger than this are not a learner's code: not searched for markers. */
#define MAX_MARKER_FILE (8 * 1024 * 1024)
/* git's own test for a binary file: a NUL in its first 8000 bytes. */
#define BINARY_PROBE 8000

void
dojo_merge_state_free (DojoMergeState *state)
{
  if (state == NULL)
    return;
  g_free (state->branch);
  g_free (state->their_id);
  g_free (state->message);
  g_clear_pointer (&state->conflicts, g_ptr_array_unref);
  g_free (state);
}

static char *
git_path (DojoRepo   *self,
          const char *name)
{
  return g_build_filename (self->gitdir, name, NULL);
}

gboolean
_dojo_repo_is_merging_locked (DojoRepo *self)
{
  g_autofree char *path = git_path (self, "MERGE_HEAD");

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* The paths in conflict in @index, sorted, each once. */
static GPtrArray *
list_conflicts (git_index *index,
                int       *rc_out)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(git_index_conflict_iterator) iter = NULL;
  const git_index_entry *ancestor, *ours, *theirs;
  int rc;

  *rc_out = 0;
  if ((rc = git_index_conflict_iterator_new (&iter, index)) < 0)
    {
      *rc_out = rc;
      return NULL;
    }

  while ((rc = git_index_conflict_next (&ancestor, &ours, &theirs, iter)) == 0)
    {
      const git_index_entry *any = ours ? ours : theirs ? theirs : ancestor;
      const char *last = paths->len > 0 ? g_ptr_array_index (paths, paths->len - 1) : NULL;

      if (g_strcmp0 (last, any->path) != 0)
        g_ptr_array_add (paths, g_strdup (any->path));
    }

  if (rc != GIT_ITEROVER)
    {
      *rc_out = rc;
      return NULL;
    }

  return g_steal_pointer (&paths);
}

static GPtrArray *
read_conflicts (DojoRepo  *self,
                GError   **error)
{
  g_autoptr(git_index) index = NULL;
  GPtrArray *paths;
  int rc;

  if (!_dojo_repo_get_index (self, &index, error))
    return NULL;

  if ((paths = list_conflicts (index, &rc)) == NULL)
    _dojo_repo_set_git_error (self, error, rc, _("Could not read the conflicts"));

  return paths;
}

/* "Merge branch 'feature'", with " into dev" when the current branch is
 * not main or master, as git's fmt-merge-msg writes it. */
static char *
merge_message (DojoRepo   *self,
               const char *name)
{
  g_autofree char *current = dojo_repo_get_current_branch (self);

  if (current == NULL || g_str_equal (current, "main") || g_str_equal (current, "master"))
    return g_strdup_printf ("Merge branch '%s'", name);

  return g_strdup_printf ("Merge branch '%s' into %s", name, current);
}

/* The branch a MERGE_MSG names, from its first line "Merge branch 'NAME'". */
static char *
branch_from_message (const char *message)
{
  const char *prefix = "Merge branch '";
  const char *start;
  const char *end;

  if (message == NULL || !g_str_has_prefix (message, prefix))
    return NULL;

  start = message + strlen (prefix);
  end = start;
  while (*end != '\0' && *end != '\'' && *end != '\n')
    end++;
  if (*end != '\'' || end == start)
    return NULL;

  return g_strndup (start, end - start);
}

gboolean
_dojo_repo_read_merge_head (DojoRepo    *self,
                            git_commit **out,
                            GError     **error)
{
  g_autofree char *path = git_path (self, "MERGE_HEAD");
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  git_oid oid;
  int rc;

  *out = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &local_error))
    {
      _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_CORRUPTED,
                                        _("The merge under way cannot be read (.git/MERGE_HEAD). "
                                          "Abort it and merge again."),
                                        local_error->message);
      return FALSE;
    }

  g_strstrip (contents);
  contents[strcspn (contents, "\n")] = '\0';
  if (strlen (contents) != GIT_OID_HEXSZ || git_oid_fromstr (&oid, contents) < 0)
    {
      git_error_clear ();
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CORRUPTED,
                           _("The merge under way cannot be read: .git/MERGE_HEAD does not "
                             "name a commit. Abort it and merge again."));
      return FALSE;
    }

  if ((rc = git_commit_lookup (out, self->repo, &oid)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the branch being merged"));
      return FALSE;
    }

  return TRUE;
}

DojoMergeState *
_dojo_repo_get_merge_state_locked (DojoRepo  *self,
                                   GError   **error)
{
  g_autoptr(DojoMergeState) state = NULL;
  g_autoptr(git_commit) their = NULL;
  g_autofree char *msg_path = NULL;
  g_autofree char *raw = NULL;
  g_auto(git_buf) clean = GIT_BUF_INIT;
  char short_id[8];

  if (!_dojo_repo_check_alive (self, error))
    return NULL;

  if (!_dojo_repo_is_merging_locked (self))
    return NULL;

  if (!_dojo_repo_read_merge_head (self, &their, error))
    return NULL;

  state = g_new0 (DojoMergeState, 1);
  state->their_id = g_strdup (git_oid_tostr_s (git_commit_id (their)));
  git_oid_tostr (short_id, sizeof short_id, git_commit_id (their));

  /* MERGE_MSG may be missing (a Shell merge that was half cleaned up). */
  msg_path = git_path (self, "MERGE_MSG");
  if (!g_file_get_contents (msg_path, &raw, NULL, NULL))
    raw = NULL;

  state->branch = branch_from_message (raw);
  if (state->branch == NULL)
    state->branch = g_strdup (short_id);

  if (raw != NULL && git_message_prettify (&clean, raw, TRUE, '#') == 0 && clean.size > 0)
    {
      state->message = g_strndup (clean.ptr, clean.size);
      g_strchomp (state->message);
    }
  else
    {
      git_error_clear ();
      if (g_str_equal (state->branch, short_id))
        state->message = g_strdup_printf ("Merge commit '%s'", short_id);
      else
        state->message = merge_message (self, state->branch);
    }

  if ((state->conflicts = read_conflicts (self, error)) == NULL)
    return NULL;

  return g_steal_pointer (&state);
}

gboolean
_dojo_repo_check_not_merging (DojoRepo    *self,
                              const char  *doing,
                              GError     **error)
{
  g_autoptr(DojoMergeState) state = NULL;

  if (!_dojo_repo_is_merging_locked (self))
    return TRUE;

  state = _dojo_repo_get_merge_state_locked (self, NULL);
  /* Translators: the first %s is what the learner wanted to do ("switch
   * branches"), the second a branch name. */
  g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_MERGING,
               _("You cannot %s in the middle of merging “%s”. Finish the merge first "
                 "(resolve its conflicts, then commit), or abort it."),
               doing, state != NULL ? state->branch : "MERGE_HEAD");

  return FALSE;
}

/* Everything `git merge` leaves behind, git's AUTO_MERGE and Dojo's record. */
void
_dojo_repo_end_merge_state (DojoRepo *self)
{
  g_autofree char *record = git_path (self, MERGE_RECORD);
  g_autofree char *auto_merge = git_path (self, "AUTO_MERGE");

  if (git_repository_state_cleanup (self->repo) < 0)
    {
      g_warning ("Could not clean up the merge state: %s", _dojo_repo_last_git_detail ());
      git_error_clear ();
    }
  g_unlink (record);
  g_unlink (auto_merge);
}

gboolean
_dojo_repo_set_conflict_error (DojoRepo   *self,
                               git_index  *index,
                               GError    **error)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *list = NULL;
  int rc;

  if ((paths = list_conflicts (index, &rc)) == NULL)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the conflicts"));
      return FALSE;
    }

  list = _dojo_repo_format_paths (paths);
  /* Translators: %s is a list of files, like "main.py, test.py". */
  g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_MERGE_CONFLICT,
               _("Some files still have conflicts: %s. In each, pick a side or edit, remove "
                 "the marker lines, stage the file, and commit again."),
               list);

  return FALSE;
}

gboolean
_dojo_repo_check_clean (DojoRepo    *self,
                        const char  *doing,
                        GError     **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *list = NULL;

  if ((changes = _dojo_repo_status_locked (self, error)) == NULL)
    return FALSE;

  if (changes->len == 0)
    return TRUE;

  paths = g_ptr_array_new ();
  for (guint i = 0; i < changes->len; i++)
    {
      DojoFileChange *change = g_ptr_array_index (changes, i);

      g_ptr_array_add (paths, change->path);
    }

  list = _dojo_repo_format_paths (paths);
  /* Translators: the first %s is what the learner wants to do ("merge
   * “feature”"), the second a list of files. */
  g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES,
               _("Commit your changes (or throw them away) before you %s: it starts from a "
                 "project with nothing uncommitted, so that it can be undone exactly. Not "
                 "committed yet: %s."),
               doing, list);

  return FALSE;
}

/* Conflict markers */

static gboolean
bytes_have_markers (const char *data,
                    gsize       len,
                    int        *line)
{
  if (len > MAX_MARKER_FILE || memchr (data, '\0', MIN (len, BINARY_PROBE)) != NULL)
    return FALSE;

  return dojo_conflict_has_markers (data, len, line);
}

/* The first marker line of the file @path in the folder, or -1. */
static int
working_file_marker_line (DojoRepo   *self,
                          const char *path)
{
  g_autofree char *full = g_build_filename (self->workdir, path, NULL);
  g_autofree char *contents = NULL;
  GStatBuf st;
  gsize len;
  int line = -1;

  if (g_lstat (full, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size > MAX_MARKER_FILE
      || !g_file_get_contents (full, &contents, &len, NULL))
    return -1;

  if (!bytes_have_markers (contents, len, &line))
    return -1;

  return line;
}

static int
staged_file_marker_line (DojoRepo   *self,
                         git_index  *index,
                         const char *path)
{
  const git_index_entry *entry = git_index_get_bypath (index, path, 0);
  g_autoptr(git_blob) blob = NULL;
  int line = -1;

  if (entry == NULL || git_blob_lookup (&blob, self->repo, &entry->id) < 0)
    {
      git_error_clear ();
      return -1;
    }

  if (!bytes_have_markers (git_blob_rawcontent (blob), git_blob_rawsize (blob), &line))
    return -1;

  return line;
}

/* Paths with markers; @lines (nullable) gets each one's first marker line. */
static GPtrArray *
find_markers_locked (DojoRepo        *self,
                     DojoCommitMode   mode,
                     GArray          *lines,
                     GError         **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(git_index) index = NULL;

  if ((changes = _dojo_repo_status_locked (self, error)) == NULL)
    return NULL;

  if (mode == DOJO_COMMIT_STAGED && !_dojo_repo_get_index (self, &index, error))
    return NULL;

  for (guint i = 0; i < changes->len; i++)
    {
      DojoFileChange *change = g_ptr_array_index (changes, i);
      int line;

      if (mode == DOJO_COMMIT_ALL)
        line = working_file_marker_line (self, change->path);
      else if (change->staged && change->index_status != DOJO_FILE_STATUS_DELETED
               && change->index_status != DOJO_FILE_STATUS_CONFLICTED)
        line = staged_file_marker_line (self, index, change->path);
      else
        line = -1;

      if (line >= 0)
        {
          g_ptr_array_add (found, g_strdup (change->path));
          if (lines != NULL)
            g_array_append_val (lines, line);
        }
    }

  return g_steal_pointer (&found);
}

gboolean
_dojo_repo_check_no_markers (DojoRepo        *self,
                             DojoCommitMode   mode,
                             GError         **error)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GString) message = NULL;

  if ((found = find_markers_locked (self, mode, lines, error)) == NULL)
    return FALSE;

  if (found->len == 0)
    return TRUE;

  message = g_string_new (NULL);
  /* Translators: %s is a file name, %d a line number. */
  g_string_append_printf (message,
                          _("“%s” still has conflict markers, the first on line %d. Pick a "
                            "side or edit, then remove the marker lines (“<<<<<<<”, “=======”, "
                            "“>>>>>>>”) and commit again."),
                          (const char *)g_ptr_array_index (found, 0),
                          g_array_index (lines, int, 0) + 1);
  if (found->len > 1)
    {
      g_autofree char *rest = NULL;

      g_ptr_array_remove_index (found, 0);
      rest = _dojo_repo_format_paths (found);
      g_string_append_c (message, ' ');
      /* Translators: %s is a list of files. */
      g_string_append_printf (message, _("These files have markers too: %s."), rest);
    }

  g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CONFLICT_MARKERS, message->str);

  return FALSE;
}

/**
 * dojo_repo_find_conflict_markers:
 * @mode: DOJO_COMMIT_ALL for every changed or new file in the folder,
 *   DOJO_COMMIT_STAGED for the staged version of the staged files
 *
 * Looks for conflict markers in what a commit would take, merge or not.
 * Binary files and files over 8 MiB are not searched.
 *
 * Returns: (transfer full) (element-type utf8): the paths with markers,
 *   empty when there are none; %NULL with @error set
 */
GPtrArray *
dojo_repo_find_conflict_markers (DojoRepo        *self,
                                 DojoCommitMode   mode,
                                 GError         **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return find_markers_locked (self, mode, NULL, error);
}

/* Dojo's record of what the merge wrote */

static gboolean
hash_working_file (DojoRepo   *self,
                   const char *path,
                   git_oid    *out)
{
  g_autofree char *full = g_build_filename (self->workdir, path, NULL);
  GStatBuf st;

  if (g_lstat (full, &st) != 0 || S_ISDIR (st.st_mode))
    return FALSE;

  if (git_repository_hashfile (out, self->repo, path, GIT_OBJECT_BLOB, NULL) < 0)
    {
      git_error_clear ();
      return FALSE;
    }

  return TRUE;
}

/* A first line "merge THEIR-ID", then one line per file: the blob id of
 * what the merge wrote ("-" for no file), a space, the path escaped as a
 * C string. The id ties the record to its merge: one left behind by a
 * merge the Shell aborted is not read for the next. */
static void
write_record (DojoRepo      *self,
              const git_oid *their_id,
              GPtrArray     *conflicts)
{
  g_autofree char *path = git_path (self, MERGE_RECORD);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_string_append_printf (out, "merge %s\n", git_oid_tostr_s (their_id));

  for (guint i = 0; i < conflicts->len; i++)
    {
      const char *file = g_ptr_array_index (conflicts, i);
      g_autofree char *escaped = g_strescape (file, NULL);
      git_oid oid;

      if (hash_working_file (self, file, &oid))
        g_string_append (out, git_oid_tostr_s (&oid));
      else
        g_string_append_c (out, '-');
      g_string_append_printf (out, " %s\n", escaped);
    }

  /* Without the record, aborting counts every conflicted file as edited:
   * safe, so a failure here is only worth a note. */
  if (!g_file_set_contents (path, out->str, out->len, &error))
    g_warning ("Could not write %s: %s", path, error->message);
}

/* path → blob id ("-" for no file), or NULL when there is no record of
 * the merge whose MERGE_HEAD is @their_id. */
static GHashTable *
read_record (DojoRepo      *self,
             const git_oid *their_id)
{
  g_autofree char *path = git_path (self, MERGE_RECORD);
  g_autofree char *contents = NULL;
  g_autofree char *first = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *record;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  lines = g_strsplit (contents, "\n", -1);
  first = g_strdup_printf ("merge %s", git_oid_tostr_s (their_id));
  if (lines[0] == NULL || !g_str_equal (lines[0], first))
    return NULL;

  record = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      char *space = strchr (lines[i], ' ');

      if (space == NULL)
        continue;
      *space = '\0';
      g_hash_table_insert (record, g_strcompress (space + 1), g_strdup (lines[i]));
    }

  return record;
}

/* Merging */

static gboolean
write_merge_msg (DojoRepo    *self,
                 const char  *message,
                 GPtrArray   *conflicts,
                 GError     **error)
{
  g_autofree char *path = git_path (self, "MERGE_MSG");
  g_autofree char *mode_path = git_path (self, "MERGE_MODE");
  g_autoptr(GString) text = g_string_new (message);
  g_autoptr(GError) local_error = NULL;

  /* What git 2.39 writes: the message, then the conflicts as comments. */
  g_string_append_c (text, '\n');
  if (conflicts != NULL && conflicts->len > 0)
    {
      g_string_append (text, "\n# Conflicts:\n");
      for (guint i = 0; i < conflicts->len; i++)
        g_string_append_printf (text, "#\t%s\n", (const char *)g_ptr_array_index (conflicts, i));
    }

  /* libgit2 writes "no-ff" to MERGE_MODE; git writes it empty for a plain
   * merge, and `git commit` reads it. */
  if (!g_file_set_contents (path, text->str, text->len, &local_error)
      || !g_file_set_contents (mode_path, "", 0, &local_error))
    {
      _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_FAILED,
                                        _("Could not save the merge’s message"),
                                        local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_orig_head (DojoRepo       *self,
                 const git_oid  *head,
                 GError        **error)
{
  g_autoptr(git_reference) ref = NULL;
  int rc;

  if ((rc = git_reference_create (&ref, self->repo, "ORIG_HEAD", head, TRUE, NULL)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save where the merge started"));
      return FALSE;
    }

  return TRUE;
}

static DojoMergeOutcome
fast_forward (DojoRepo                   *self,
              const char                 *name,
              git_commit                 *head,
              const git_annotated_commit *their,
              char                      **commit_id,
              GError                    **error)
{
  g_autoptr(git_commit) tip = NULL;
  g_autoptr(git_reference) head_ref = NULL;
  g_autoptr(git_reference) moved = NULL;
  g_autofree char *doing = NULL;
  g_autofree char *log_message = g_strdup_printf ("merge %s: Fast-forward", name);
  const git_oid *tip_id = git_annotated_commit_id (their);
  int rc;

  if ((rc = git_commit_lookup (&tip, self->repo, tip_id)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the branch"));
      return -1;
    }

  /* Translators: %s is a branch name. */
  doing = g_strdup_printf (_("merging “%s”"), name);
  if (!_dojo_repo_safe_checkout (self, tip, FALSE, doing, error))
    return -1;

  if (head != NULL)
    {
      if (!write_orig_head (self, git_commit_id (head), error))
        return -1;
      rc = git_repository_head (&head_ref, self->repo);
      if (rc == 0)
        rc = git_reference_set_target (&moved, head_ref, tip_id, log_message);
    }
  else
    {
      /* No commit yet: the branch HEAD names starts at their tip. */
      rc = git_reference_lookup (&head_ref, self->repo, "HEAD");
      if (rc == 0)
        rc = git_reference_create (&moved, self->repo, git_reference_symbolic_target (head_ref),
                                   tip_id, FALSE, log_message);
    }

  if (rc < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not move the branch forward"));
      return -1;
    }

  if (commit_id != NULL)
    *commit_id = g_strdup (git_oid_tostr_s (tip_id));

  return DOJO_MERGE_FAST_FORWARD;
}

static DojoMergeOutcome
merge_locked (DojoRepo    *self,
              const char  *name,
              char       **commit_id,
              GPtrArray  **conflicts_out,
              GError     **error)
{
  g_autoptr(git_reference) ref = NULL;
  g_autoptr(git_commit) head = NULL;
  g_autoptr(git_commit) their_commit = NULL;
  g_autoptr(git_annotated_commit) their = NULL;
  g_autoptr(git_object) base_object = NULL;
  g_autoptr(git_index) index = NULL;
  g_autoptr(git_signature) signature = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_auto(git_buf) base_label = GIT_BUF_INIT;
  g_autofree char *doing = NULL;
  g_autofree char *message = NULL;
  g_autofree char *id = NULL;
  git_merge_options merge_opts = GIT_MERGE_OPTIONS_INIT;
  git_checkout_options checkout_opts = GIT_CHECKOUT_OPTIONS_INIT;
  git_merge_analysis_t analysis;
  git_merge_preference_t preference;
  const git_annotated_commit *heads[1];
  const git_commit *parents[2];
  git_oid base;
  git_oid tree_oid;
  int rc;

  /* Translators: %s is a branch name; "You cannot merge “feature” …" */
  doing = g_strdup_printf (_("merge “%s”"), name);

  if (!_dojo_repo_check_alive (self, error)
      || !_dojo_repo_check_detached (self, _("merge a branch"), error)
      || !_dojo_repo_check_not_merging (self, doing, error)
      || !_dojo_repo_lookup_branch (self, name, &ref, error)
      || !_dojo_repo_check_index_unlocked (self, error)
      || !_dojo_repo_get_head_commit (self, &head, error))
    return -1;

  if ((rc = git_annotated_commit_from_ref (&their, self->repo, ref)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the branch"));
      return -1;
    }
  heads[0] = their;

  if ((rc = git_merge_analysis (&analysis, &preference, self->repo, heads, 1)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not compare the branches"));
      return -1;
    }

  if (analysis & GIT_MERGE_ANALYSIS_UP_TO_DATE)
    return DOJO_MERGE_UP_TO_DATE;

  /* Only now: being up to date needs no clean folder, in git either. An
   * abort must give back exactly the state before, so nothing may be
   * uncommitted (new files that are not ignored included). */
  if (!_dojo_repo_check_clean (self, doing, error))
    return -1;

  if ((analysis & GIT_MERGE_ANALYSIS_UNBORN)
      || ((analysis & GIT_MERGE_ANALYSIS_FASTFORWARD)
          && !(preference & GIT_MERGE_PREFERENCE_NO_FASTFORWARD)))
    return fast_forward (self, name, head, their, commit_id, error);

  if (preference & GIT_MERGE_PREFERENCE_FASTFORWARD_ONLY)
    {
      g_autofree char *current = dojo_repo_get_current_branch (self);

      /* Translators: %s are branch names. */
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_FAST_FORWARD,
                   _("“%s” and “%s” both have new commits, and your git settings "
                     "(merge.ff = only) allow only moving a branch forward."),
                   current, name);
      return -1;
    }

  /* The committer is needed in the end; asking first changes nothing. */
  if (!_dojo_repo_require_identity (self, &signature, error))
    return -1;

  /* git labels the markers "HEAD" and the branch, and the base of the
   * diff3 style with the base's short id. */
  checkout_opts.checkout_strategy = GIT_CHECKOUT_SAFE | GIT_CHECKOUT_ALLOW_CONFLICTS;
  checkout_opts.our_label = "HEAD";
  checkout_opts.their_label = name;
  if (git_merge_base (&base, self->repo, git_commit_id (head),
                      git_annotated_commit_id (their)) == 0
      && git_object_lookup (&base_object, self->repo, &base, GIT_OBJECT_COMMIT) == 0
      && git_object_short_id (&base_label, base_object) == 0)
    checkout_opts.ancestor_label = base_label.ptr;
  git_error_clear ();

  if ((rc = git_merge (self->repo, heads, 1, &merge_opts, &checkout_opts)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not merge the branches"));
      return -1;
    }

  message = merge_message (self, name);

  if (!_dojo_repo_get_index (self, &index, error))
    return -1;

  if (git_index_has_conflicts (index))
    {
      if ((conflicts = list_conflicts (index, &rc)) == NULL)
        {
          _dojo_repo_set_git_error (self, error, rc, _("Could not read the conflicts"));
          return -1;
        }

      write_record (self, git_annotated_commit_id (their), conflicts);
      if (!write_merge_msg (self, message, conflicts, error))
        return -1;

      if (conflicts_out != NULL)
        *conflicts_out = g_steal_pointer (&conflicts);

      return DOJO_MERGE_CONFLICTS;
    }

  /* No conflicts: `git merge` commits at once. */
  if ((rc = git_index_write_tree (&tree_oid, index)) < 0
      || (rc = git_commit_lookup (&their_commit, self->repo,
                                  git_annotated_commit_id (their))) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save the files for the commit"));
      _dojo_repo_end_merge_state (self);
      return -1;
    }

  parents[0] = head;
  parents[1] = their_commit;
  id = _dojo_repo_create_commit_full (self, "HEAD", &tree_oid, parents, 2, signature, message,
                                      error);
  if (id == NULL)
    {
      /* Leave it as a merge to finish: the files are merged already. */
      write_merge_msg (self, message, NULL, NULL);
      return -1;
    }

  _dojo_repo_end_merge_state (self);

  if (commit_id != NULL)
    *commit_id = g_steal_pointer (&id);

  return DOJO_MERGE_COMMITTED;
}

/**
 * dojo_repo_merge:
 * @name: the branch to merge into the current one
 * @commit_id: (out) (optional) (transfer full): the new HEAD's id for
 *   DOJO_MERGE_FAST_FORWARD and DOJO_MERGE_COMMITTED, else %NULL
 * @conflicts: (out) (optional) (transfer full) (element-type utf8): the
 *   paths in conflict for DOJO_MERGE_CONFLICTS, else %NULL
 *
 * Merges @name as `git merge NAME` does: nothing when it is already in,
 * moving forward when only that is needed, else a merge commit with git's
 * message, or a stop at the conflicts with the state `git merge` leaves.
 *
 * Refuses with DOJO_REPO_ERROR_UNCOMMITTED_CHANGES when anything is not
 * committed (new files that are not ignored count), so that aborting can
 * bring back exactly the state before; DOJO_REPO_ERROR_MERGING when a merge
 * is under way; _DETACHED_HEAD; _NO_SUCH_BRANCH; _LOCKED.
 *
 * Returns: what happened, or (DojoMergeOutcome) -1 with @error set
 */
DojoMergeOutcome
dojo_repo_merge (DojoRepo    *self,
                 const char  *name,
                 char       **commit_id,
                 GPtrArray  **conflicts,
                 GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  if (commit_id != NULL)
    *commit_id = NULL;
  if (conflicts != NULL)
    *conflicts = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), -1);
  g_return_val_if_fail (name != NULL, -1);

  locker = g_rec_mutex_locker_new (&self->lock);

  return merge_locked (self, name, commit_id, conflicts, error);
}

/**
 * dojo_repo_is_merging:
 *
 * Returns: whether a merge is under way (begun here or in the Shell)
 */
gboolean
dojo_repo_is_merging (DojoRepo *self)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  return _dojo_repo_is_merging_locked (self);
}

/**
 * dojo_repo_get_merge_state:
 *
 * Reads the merge under way, whoever began it.
 *
 * Returns: (transfer full) (nullable): the merge, or %NULL when there is
 *   none (no error) or when it cannot be read (@error set)
 */
DojoMergeState *
dojo_repo_get_merge_state (DojoRepo  *self,
                           GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return _dojo_repo_get_merge_state_locked (self, error);
}

/* Aborting */

static gboolean
copy_to_keep_dir (DojoRepo    *self,
                  const char  *path,
                  const char  *keep_dir,
                  GPtrArray   *kept,
                  GError     **error)
{
  g_autofree char *from_path = g_build_filename (self->workdir, path, NULL);
  g_autofree char *to_path = g_build_filename (keep_dir, path, NULL);
  g_autofree char *to_dir = g_path_get_dirname (to_path);
  g_autoptr(GFile) from = g_file_new_for_path (from_path);
  g_autoptr(GFile) to = g_file_new_for_path (to_path);

  if (g_mkdir_with_parents (to_dir, 0755) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", to_dir,
                   g_strerror (saved));
      return FALSE;
    }

  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL,
                    NULL, error))
    return FALSE;

  g_ptr_array_add (kept, g_steal_pointer (&to_path));

  return TRUE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* Whether the learner changed a conflicted file since the merge wrote it.
 * With Dojo's record, that is a different blob; a merge begun in the Shell
 * left none, and then a file counts as edited when it differs from our
 * side in the index or has no markers left. */
static gboolean
conflict_was_edited (DojoRepo    *self,
                     GHashTable  *record,
                     git_index   *index,
                     const char  *path)
{
  const char *recorded = record != NULL ? g_hash_table_lookup (record, path) : NULL;
  const git_index_entry *ours;
  git_oid now;

  if (!hash_working_file (self, path, &now))
    return FALSE;   /* no file, nothing to keep */

  if (recorded != NULL)
    return !g_str_equal (recorded, git_oid_tostr_s (&now));

  ours = git_index_get_bypath (index, path, 2);
  if (ours == NULL || !git_oid_equal (&ours->id, &now))
    return TRUE;

  return working_file_marker_line (self, path) < 0;
}

static gboolean
abort_merge_locked (DojoRepo    *self,
                    const char  *keep_dir,
                    GPtrArray  **kept_out,
                    GError     **error)
{
  g_autoptr(GHashTable) record = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(git_index) index = NULL;
  g_autoptr(git_commit) head = NULL;
  g_autoptr(git_commit) their = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) to_keep = g_ptr_array_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
  GHashTableIter iter;
  gpointer key;
  int rc;

  if (!_dojo_repo_check_alive (self, error))
    return FALSE;

  if (!_dojo_repo_is_merging_locked (self))
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED,
                           _("No merge is under way, so there is nothing to abort."));
      return FALSE;
    }

  if (!_dojo_repo_check_index_unlocked (self, error)
      || !_dojo_repo_get_head_commit (self, &head, error)
      || !_dojo_repo_get_index (self, &index, error))
    return FALSE;

  /* A damaged MERGE_HEAD must not keep the learner from aborting: then
   * there is no record to trust, and every conflict counts as edited. */
  if (!_dojo_repo_read_merge_head (self, &their, NULL))
    git_error_clear ();

  if (head == NULL)
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CORRUPTED,
                           _("The merge under way has no commit to go back to. Finish it "
                             "with a commit instead."));
      return FALSE;
    }

  if ((conflicts = list_conflicts (index, &rc)) == NULL)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the conflicts"));
      return FALSE;
    }

  /* What to keep: conflicted files (now, or when the merge stopped) that
   * the learner edited, and any other file changed in the folder and not
   * staged. The rest is the merge's own doing, and goes. */
  record = their != NULL ? read_record (self, git_commit_id (their)) : NULL;
  for (guint i = 0; i < conflicts->len; i++)
    g_hash_table_add (seen, g_ptr_array_index (conflicts, i));
  if (record != NULL)
    {
      g_hash_table_iter_init (&iter, record);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (seen, key);
    }

  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (conflict_was_edited (self, record, index, key))
      g_ptr_array_add (to_keep, key);

  if ((changes = _dojo_repo_status_locked (self, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < changes->len; i++)
    {
      DojoFileChange *change = g_ptr_array_index (changes, i);

      if (g_hash_table_contains (seen, change->path)
          || (change->workdir_status != DOJO_FILE_STATUS_MODIFIED
              && change->workdir_status != DOJO_FILE_STATUS_TYPECHANGE))
        continue;
      g_ptr_array_add (to_keep, change->path);
    }

  if (to_keep->len > 0 && keep_dir != NULL)
    {
      g_ptr_array_sort (to_keep, compare_paths);
      for (guint i = 0; i < to_keep->len; i++)
        {
          g_autoptr(GError) copy_error = NULL;

          if (!copy_to_keep_dir (self, g_ptr_array_index (to_keep, i), keep_dir, kept,
                                 &copy_error))
            {
              /* Nothing was reset: the edits are still in the project. */
              _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_FAILED,
                                                _("Could not keep a copy of your edits, so "
                                                  "the merge was not aborted"),
                                                copy_error->message);
              return FALSE;
            }
        }
    }

  /* `git merge --abort`: HEAD's files and index, untracked files stay. */
  opts.checkout_strategy = GIT_CHECKOUT_FORCE;
  if ((rc = git_reset (self->repo, (git_object *)head, GIT_RESET_HARD, &opts)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not abort the merge"));
      return FALSE;
    }

  _dojo_repo_end_merge_state (self);

  if (kept_out != NULL)
    *kept_out = g_steal_pointer (&kept);

  return TRUE;
}

/**
 * dojo_repo_abort_merge:
 * @keep_dir: (nullable): where to copy the learner's edits first
 * @kept: (out) (optional) (transfer full) (element-type filename): the
 *   copies' absolute paths
 *
 * Brings the project back exactly as it was before the merge (HEAD, index,
 * files), as `git merge --abort` does. Every file of the merge that the
 * learner edited since the merge wrote it is first copied to
 * @keep_dir/<path> (folders made), when @keep_dir is given; if a copy
 * fails, nothing is aborted. Untracked files the learner made meanwhile
 * stay, as with git.
 */
gboolean
dojo_repo_abort_merge (DojoRepo    *self,
                       const char  *keep_dir,
                       GPtrArray  **kept,
                       GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  if (kept != NULL)
    *kept = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  return abort_merge_locked (self, keep_dir, kept, error);
}
