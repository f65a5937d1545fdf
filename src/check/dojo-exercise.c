/* dojo-exercise.c: an exercise or project of a pack, ready to start and check
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-exercise"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dojo-git-check-private.h"
#include "dojo-json.h"
#include "dojo-repo.h"
#include "dojo-exercise.h"

/* What exercise.json says (docs/pack-format.md), read once, with the
 * instructions and starter files it names already loaded: the app shows
 * them, the workspace writes them, and checking needs nothing else from
 * the pack but the exercise folder. */

struct _DojoExercise
{
  GObject             parent_instance;

  DojoPack           *pack;
  DojoPackItem       *item;
  GFile              *directory;
  JsonNode           *root;
  DojoChecker        *checker;

  char               *title;
  char               *instructions;
  GHashTable         *starter;        /* name → content */
  char              **starter_names;  /* sorted */
  char               *entry;
  char              **open_files;     /* the tabs to open first, never empty */
  char              **hints;
  char               *solution;
  DojoSolutionPolicy  policy;
  guint               policy_attempts;
  double              time_s;
  guint               memory_mb;
  guint               output_kb;
  guint               revision;
};

G_DEFINE_FINAL_TYPE (DojoExercise, dojo_exercise, G_TYPE_OBJECT)

G_DEFINE_QUARK (dojo-exercise-error-quark, dojo_exercise_error)

typedef struct
{
  DojoVerdict *verdict;
  GFile       *project_dir;
  JsonNode    *root;
} CheckData;

static void
check_data_free (CheckData *data)
{
  g_clear_object (&data->verdict);
  g_clear_object (&data->project_dir);
  g_clear_pointer (&data->root, json_node_unref);
  g_free (data);
}

/* A name the project may hold: relative, '/'-separated, no "..". */
static gboolean
is_project_path (const char *name)
{
  g_auto(GStrv) parts = NULL;

  if (name == NULL || name[0] == '\0' || name[0] == '/' || strchr (name, '\\') != NULL)
    return FALSE;

  parts = g_strsplit (name, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] == '\0' || g_str_equal (parts[i], ".") || g_str_equal (parts[i], ".."))
      return FALSE;

  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static char *
read_pack_file (DojoExercise  *self,
                const char    *relpath,
                GError       **error)
{
  g_autofree char *full = g_build_path ("/", dojo_pack_item_get_path (self->item), relpath,
                                        NULL);
  g_autoptr(GFile) file = NULL;
  char *contents = NULL;
  gsize length;

  if (!(file = dojo_pack_resolve (self->pack, full, error)))
    return NULL;
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  if (!g_utf8_validate (contents, length, NULL))
    {
      g_set_error (error, DOJO_EXERCISE_ERROR, DOJO_EXERCISE_ERROR_INVALID,
                   _("%s is not UTF-8 text"), full);
      g_free (contents);
      return NULL;
    }

  return contents;
}

static gboolean
invalid (GError     **error,
         DojoExercise *self,
         const char   *what)
{
  g_set_error (error, DOJO_EXERCISE_ERROR, DOJO_EXERCISE_ERROR_INVALID,
               _("%s/exercise.json: %s; run “dojo-pack validate” on the pack"),
               dojo_pack_item_get_path (self->item), what);
  return FALSE;
}

static gboolean
parse_policy (DojoExercise *self,
              const char   *policy)
{
  if (policy == NULL || g_str_equal (policy, "after-pass"))
    self->policy = DOJO_SOLUTION_POLICY_AFTER_PASS;
  else if (g_str_equal (policy, "never"))
    self->policy = DOJO_SOLUTION_POLICY_NEVER;
  else if (g_str_has_prefix (policy, "after-attempts:"))
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (policy + strlen ("after-attempts:"), 10, 1, 1000,
                                       &n, NULL))
        return FALSE;
      self->policy = DOJO_SOLUTION_POLICY_AFTER_ATTEMPTS;
      self->policy_attempts = (guint)n;
    }
  else
    return FALSE;

  return TRUE;
}

/* "open": the files to show as tabs when the learner first opens the item,
 * the first one in front. Without it (or with an empty list), the entry.
 * The window opens them under the project's folder: none may leave it. */
static gboolean
parse_open_files (DojoExercise *self,
                  JsonObject   *obj)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = json_object_get_member (obj, "open");
  JsonArray *array = NULL;

  if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  if (node != NULL)
    array = json_node_get_array (node);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *name;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return FALSE;
      name = json_node_get_string (element);
      if (!is_project_path (name))
        return FALSE;
      /* One tab per file, even if a pack that was never validated says it twice. */
      if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, g_strdup (name));
    }

  if (names->len == 0)
    g_ptr_array_add (names, g_strdup (self->entry));
  g_ptr_array_add (names, NULL);
  self->open_files = (char **)g_ptr_array_free (g_steal_pointer (&names), FALSE);

  return TRUE;
}

static gboolean
parse_exercise (DojoExercise  *self,
                GError       **error)
{
  JsonObject *obj = json_node_get_object (self->root);
  JsonObject *limits = NULL;
  const char *instructions;
  const char *entry;
  JsonNode *node;
  GPtrArray *names;
  double number;

  self->title = g_strdup (dojo_json_get_string (obj, "title"));
  if (self->title == NULL)
    self->title = g_strdup (dojo_pack_item_get_title (self->item));

  instructions = dojo_json_get_string (obj, "instructions");
  if (instructions == NULL)
    return invalid (error, self, _("“instructions” is missing"));
  if (strchr (instructions, '\n') == NULL && g_str_has_suffix (instructions, ".md"))
    {
      if (!(self->instructions = read_pack_file (self, instructions, error)))
        return FALSE;
    }
  else
    self->instructions = g_strdup (instructions);

  node = json_object_has_member (obj, "starter") ? json_object_get_member (obj, "starter")
                                                 : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, self, _("“starter” must be an object"));

  names = g_ptr_array_new_with_free_func (g_free);
  {
    g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));

    for (GList *l = members; l != NULL; l = l->next)
      {
        const char *name = l->data;
        JsonNode *value = json_object_get_member (json_node_get_object (node), name);
        char *content = NULL;

        if (!is_project_path (name))
          {
            g_ptr_array_free (names, TRUE);
            return invalid (error, self, _("a starter file name leaves the project"));
          }
        if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
          content = g_strdup (json_node_get_string (value));
        else if (JSON_NODE_HOLDS_OBJECT (value) &&
                 dojo_json_get_string (json_node_get_object (value), "path") != NULL)
          {
            content = read_pack_file (self,
                                      dojo_json_get_string (json_node_get_object (value), "path"),
                                      error);
            if (content == NULL)
              {
                g_ptr_array_free (names, TRUE);
                return FALSE;
              }
          }
        else
          {
            g_ptr_array_free (names, TRUE);
            return invalid (error, self, _("a starter file is neither text nor {\"path\": …}"));
          }

        g_hash_table_insert (self->starter, g_strdup (name), content);
        g_ptr_array_add (names, g_strdup (name));
      }
  }
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  self->starter_names = (char **)g_ptr_array_free (names, FALSE);

  entry = dojo_json_get_string (obj, "entry");
  self->entry = g_strdup (entry ? entry : "main.py");
  if (!is_project_path (self->entry))
    return invalid (error, self, _("“entry” must name a file inside the project"));

  if (!parse_open_files (self, obj))
    return invalid (error, self, _("“open” must list files inside the project"));

  if (json_object_has_member (obj, "hints") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (obj, "hints")))
    {
      JsonArray *hints = json_object_get_array_member (obj, "hints");
      GPtrArray *strv = g_ptr_array_new ();

      for (guint i = 0; i < json_array_get_length (hints); i++)
        {
          JsonNode *hint = json_array_get_element (hints, i);

          if (JSON_NODE_HOLDS_VALUE (hint) && json_node_get_value_type (hint) == G_TYPE_STRING)
            g_ptr_array_add (strv, g_strdup (json_node_get_string (hint)));
        }
      g_ptr_array_add (strv, NULL);
      self->hints = (char **)g_ptr_array_free (strv, FALSE);
    }
  else
    self->hints = g_new0 (char *, 1);

  self->solution = g_strdup (dojo_json_get_string (obj, "solution"));
  if (!parse_policy (self, dojo_json_get_string (obj, "solution_policy")))
    return invalid (error, self, _("“solution_policy” is not after-pass, after-attempts:N "
                                   "or never"));

  limits = dojo_json_get_object (obj, "limits");
  self->time_s = DOJO_EXERCISE_DEFAULT_TIME_S;
  self->memory_mb = DOJO_EXERCISE_DEFAULT_MEMORY_MB;
  self->output_kb = DOJO_EXERCISE_DEFAULT_OUTPUT_KB;
  /* A missing limit reads as 0: out of range, like a negative one. */
  if ((number = dojo_json_get_double (limits, "time_s", 0)) > 0)
    self->time_s = number;
  if ((number = dojo_json_get_double (limits, "memory_mb", 0)) >= 1)
    self->memory_mb = (guint)MIN (number, G_MAXUINT);
  if ((number = dojo_json_get_double (limits, "output_kb", 0)) >= 1)
    self->output_kb = (guint)MIN (number, G_MAXUINT);

  self->revision = 1;
  if ((number = dojo_json_get_double (obj, "revision", 0)) >= 1)
    self->revision = (guint)MIN (number, G_MAXUINT);

  if (!json_object_has_member (obj, "checks") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (obj, "checks")))
    return invalid (error, self, _("“checks” must be an array"));

  return TRUE;
}

static void
dojo_exercise_finalize (GObject *object)
{
  DojoExercise *self = (DojoExercise *)object;

  g_clear_object (&self->pack);
  g_clear_object (&self->item);
  g_clear_object (&self->directory);
  g_clear_object (&self->checker);
  g_clear_pointer (&self->root, json_node_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->instructions, g_free);
  g_clear_pointer (&self->starter, g_hash_table_unref);
  g_clear_pointer (&self->starter_names, g_strfreev);
  g_clear_pointer (&self->entry, g_free);
  g_clear_pointer (&self->open_files, g_strfreev);
  g_clear_pointer (&self->hints, g_strfreev);
  g_clear_pointer (&self->solution, g_free);

  G_OBJECT_CLASS (dojo_exercise_parent_class)->finalize (object);
}

static void
dojo_exercise_class_init (DojoExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_exercise_finalize;
}

static void
dojo_exercise_init (DojoExercise *self)
{
  self->starter = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * dojo_exercise_new:
 * @pack: a loaded pack
 * @item_id: the id of an exercise or project of @pack
 *
 * Reads the item's exercise.json, its instructions and its starter files.
 *
 * Returns: (transfer full): the exercise, or %NULL with @error set
 */
DojoExercise *
dojo_exercise_new (DojoPack    *pack,
                   const char  *item_id,
                   GError     **error)
{
  g_autoptr(DojoExercise) self = NULL;
  DojoPackItem *item;
  DojoPackItemType type;

  g_return_val_if_fail (DOJO_IS_PACK (pack), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(item = dojo_pack_lookup_item (pack, item_id)))
    {
      g_set_error (error, DOJO_EXERCISE_ERROR, DOJO_EXERCISE_ERROR_NOT_FOUND,
                   _("The pack has no item “%s”"), item_id);
      return NULL;
    }

  type = dojo_pack_item_get_item_type (item);
  if (type != DOJO_PACK_ITEM_EXERCISE && type != DOJO_PACK_ITEM_PROJECT)
    {
      g_set_error (error, DOJO_EXERCISE_ERROR, DOJO_EXERCISE_ERROR_NOT_AN_EXERCISE,
                   _("“%s” is a %s, not an exercise or a project"), item_id,
                   dojo_pack_item_type_to_string (type));
      return NULL;
    }

  self = g_object_new (DOJO_TYPE_EXERCISE, NULL);
  self->pack = g_object_ref (pack);
  self->item = g_object_ref (item);

  if (!(self->directory = dojo_pack_resolve (pack, dojo_pack_item_get_path (item), error)))
    return NULL;
  if (!(self->root = dojo_pack_read_item_json (pack, item, error)))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (self->root))
    {
      invalid (error, self, _("it must hold an object"));
      return NULL;
    }
  if (!parse_exercise (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

DojoPack *
dojo_exercise_get_pack (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return self->pack;
}

DojoPackItem *
dojo_exercise_get_item (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return self->item;
}

const char *
dojo_exercise_get_id (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return dojo_pack_item_get_id (self->item);
}

/* Returns: (transfer none): the exercise's folder in the pack */
GFile *
dojo_exercise_get_directory (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return self->directory;
}

const char *
dojo_exercise_get_title (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return self->title;
}

/* Returns: the instructions as Markdown, read from their file if they have one */
const char *
dojo_exercise_get_instructions (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return self->instructions;
}

/* Returns: (transfer none): the starter files' names, sorted */
const char * const *
dojo_exercise_get_starter_names (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return (const char * const *)self->starter_names;
}

/* Returns: (nullable): the starter file's text, %NULL if there is no such file */
const char *
dojo_exercise_get_starter_content (DojoExercise *self,
                                   const char   *name)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  return g_hash_table_lookup (self->starter, name);
}

const char *
dojo_exercise_get_entry (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return self->entry;
}

/**
 * dojo_exercise_get_open_files:
 *
 * The files to open as editor tabs when the learner first opens the item,
 * in order, the first one shown: exercise.json's "open", or the entry alone.
 *
 * Returns: (transfer none) (array zero-terminated=1): paths relative to the
 *   project's folder, at least one, never %NULL
 */
const char * const *
dojo_exercise_get_open_files (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return (const char * const *)self->open_files;
}

/* Returns: (transfer none): the hints, Markdown, in the order to show them */
const char * const *
dojo_exercise_get_hints (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return (const char * const *)self->hints;
}

/* Returns: (nullable): the solution's path, relative to the exercise folder */
const char *
dojo_exercise_get_solution (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return self->solution;
}

/**
 * dojo_exercise_get_solution_file:
 *
 * Returns: (transfer full) (nullable): the solution (a file or a folder),
 *   or %NULL if the exercise has none or it is missing
 */
GFile *
dojo_exercise_get_solution_file (DojoExercise *self)
{
  g_autofree char *full = NULL;

  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);

  if (self->solution == NULL)
    return NULL;

  full = g_build_path ("/", dojo_pack_item_get_path (self->item), self->solution, NULL);
  return dojo_pack_resolve (self->pack, full, NULL);
}

/**
 * dojo_exercise_get_solution_policy:
 * @attempts: (out) (optional): for after-attempts:N, N; else 0
 */
DojoSolutionPolicy
dojo_exercise_get_solution_policy (DojoExercise *self,
                                   guint        *attempts)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), DOJO_SOLUTION_POLICY_NEVER);

  if (attempts != NULL)
    *attempts = self->policy == DOJO_SOLUTION_POLICY_AFTER_ATTEMPTS ? self->policy_attempts : 0;
  return self->policy;
}

/**
 * dojo_exercise_solution_available:
 * @passed: whether the learner has passed the exercise
 * @attempts: how many times the learner has checked it
 *
 * Returns: whether the solution may be shown now (never without one)
 */
gboolean
dojo_exercise_solution_available (DojoExercise *self,
                                  gboolean      passed,
                                  guint         attempts)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), FALSE);

  if (self->solution == NULL)
    return FALSE;

  switch (self->policy)
    {
    case DOJO_SOLUTION_POLICY_AFTER_PASS:
      return passed;
    case DOJO_SOLUTION_POLICY_AFTER_ATTEMPTS:
      return passed || attempts >= self->policy_attempts;
    case DOJO_SOLUTION_POLICY_NEVER:
    default:
      return FALSE;
    }
}

/**
 * dojo_exercise_get_limits:
 * @time_s: (out) (optional): seconds per run of the program
 * @memory_mb: (out) (optional): MiB
 * @output_kb: (out) (optional): KiB of output per run
 *
 * The limits of exercise.json, with the defaults of docs/checks.md.
 */
void
dojo_exercise_get_limits (DojoExercise *self,
                          double       *time_s,
                          guint        *memory_mb,
                          guint        *output_kb)
{
  g_return_if_fail (DOJO_IS_EXERCISE (self));

  if (time_s != NULL)
    *time_s = self->time_s;
  if (memory_mb != NULL)
    *memory_mb = self->memory_mb;
  if (output_kb != NULL)
    *output_kb = self->output_kb;
}

guint
dojo_exercise_get_revision (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), 0);
  return self->revision;
}

/* Returns: (transfer none): exercise.json as parsed */
JsonObject *
dojo_exercise_get_json (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  return json_node_get_object (self->root);
}

/* Returns: (transfer none): the checker checks run with (to choose its Python) */
DojoChecker *
dojo_exercise_get_checker (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);

  if (self->checker == NULL)
    self->checker = dojo_checker_new ();
  return self->checker;
}

/* ------------------------------------------------------------------------ */
/* Starter files */

/* Writes @contents to @path only if nothing is there: a temporary file in
 * the same folder, synced, then hard-linked into place, which fails rather
 * than replace a file that appeared meanwhile. */
static gboolean
write_new_file (const char  *path,
                const char  *contents,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_build_filename (dir, ".dojo-starter-XXXXXX", NULL);
  gsize length = strlen (contents);
  gsize done = 0;
  int saved_errno;
  int fd;

  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    goto fail;

  while (done < length)
    {
      ssize_t n = write (fd, contents + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto fail_fd;
      done += (gsize)n;
    }
  if (fsync (fd) != 0 || close (fd) != 0)
    {
      fd = -1;
      goto fail_tmp;
    }
  fd = -1;

  if (link (tmp, path) != 0 && errno != EEXIST)
    goto fail_tmp;
  g_unlink (tmp);
  return TRUE;

fail_fd:
  saved_errno = errno;
  close (fd);
  errno = saved_errno;
fail_tmp:
  saved_errno = errno;
  g_unlink (tmp);
  errno = saved_errno;
fail:
  saved_errno = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write %s: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/**
 * dojo_exercise_write_starter:
 * @project_dir: the learner's project folder (created if missing)
 *
 * Writes the starter files that are not in @project_dir yet. A file the
 * learner already has is never replaced, whatever it holds.
 *
 * Returns: %FALSE with @error set if a file could not be written
 */
gboolean
dojo_exercise_write_starter (DojoExercise  *self,
                             GFile         *project_dir,
                             GError       **error)
{
  g_autofree char *root = NULL;

  g_return_val_if_fail (DOJO_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (project_dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(root = g_file_get_path (project_dir)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The project folder must be a local folder"));
      return FALSE;
    }

  for (guint i = 0; self->starter_names[i] != NULL; i++)
    {
      const char *name = self->starter_names[i];
      g_autofree char *path = g_build_filename (root, name, NULL);
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_file_test (path, G_FILE_TEST_EXISTS) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;

      if (g_mkdir_with_parents (dir, 0755) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not make the folder %s: %s"), dir, g_strerror (saved_errno));
          return FALSE;
        }

      if (!write_new_file (path, g_hash_table_lookup (self->starter, name), error))
        return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Checking */

static void
evaluate_git_checks (DojoVerdict *verdict,
                     JsonObject  *exercise,
                     GFile       *project_dir)
{
  JsonArray *checks = json_object_get_array_member (exercise, "checks");
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *broken = NULL;

  repo = dojo_repo_open (project_dir, &error);
  if (repo == NULL && !g_error_matches (error, DOJO_REPO_ERROR,
                                        DOJO_REPO_ERROR_NOT_A_REPOSITORY))
    broken = g_strdup_printf (_("Dojo cannot read your repository: %s"), error->message);

  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonNode *node = json_array_get_element (checks, i);
      JsonObject *check;
      g_autofree char *fallback_id = g_strdup_printf ("check-%u", i + 1);
      g_autofree char *message = NULL;
      DojoCheckResult *result;
      const char *id;
      gboolean passed;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      check = json_node_get_object (node);
      if (g_strcmp0 (dojo_json_get_string (check, "type"), "git") != 0)
        continue;

      id = dojo_json_get_string (check, "id") ? dojo_json_get_string (check, "id") : fallback_id;
      result = dojo_verdict_lookup (verdict, id);
      if (result == NULL || dojo_check_result_get_state (result) != DOJO_CHECK_STATE_NOT_EVALUATED)
        continue;

      if (broken != NULL)
        {
          passed = FALSE;
          message = g_strdup (broken);
        }
      else
        passed = _dojo_git_check_evaluate (check, repo, project_dir, &message);

      dojo_verdict_resolve (verdict, id, passed, message);
    }
}

static void
git_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  CheckData *data = task_data;

  /* The verdict is ours alone until the task returns it. */
  evaluate_git_checks (data->verdict, json_node_get_object (data->root), data->project_dir);
  g_task_return_pointer (task, g_object_ref (data->verdict), g_object_unref);
}

static void
checker_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CheckData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  data->verdict = dojo_checker_run_finish (DOJO_CHECKER (object), result, &error);
  if (data->verdict == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (dojo_verdict_get_n_pending (data->verdict) == 0)
    {
      g_task_return_pointer (task, g_object_ref (data->verdict), g_object_unref);
      return;
    }

  g_task_run_in_thread (task, git_thread);
}

/**
 * dojo_exercise_check_async:
 * @project_dir: the learner's project folder
 *
 * Checks the learner's work as the Check button does: constructs the
 * course has not introduced yet, the checks the harness runs, then the git
 * checks on @project_dir's repository.
 */
void
dojo_exercise_check_async (DojoExercise        *self,
                           GFile               *project_dir,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GPtrArray) gated = NULL;
  g_autoptr(DojoGating) gating = NULL;
  CheckData *data;

  g_return_if_fail (DOJO_IS_EXERCISE (self));
  g_return_if_fail (G_IS_FILE (project_dir));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_exercise_check_async);

  data = g_new0 (CheckData, 1);
  data->project_dir = g_object_ref (project_dir);
  data->root = json_node_ref (self->root);
  g_task_set_task_data (task, data, (GDestroyNotify)check_data_free);

  gated = dojo_exercise_dup_gated (self);
  gating = dojo_exercise_dup_gating (self);
  dojo_checker_set_packages (dojo_exercise_get_checker (self), dojo_pack_get_packages (self->pack));
  dojo_checker_set_gating (dojo_exercise_get_checker (self), gating);
  dojo_checker_run_async (dojo_exercise_get_checker (self), json_node_get_object (self->root),
                          self->directory, project_dir, gated, cancellable,
                          checker_done, g_steal_pointer (&task));
}

/**
 * dojo_exercise_dup_gated:
 * @self: an exercise
 *
 * Returns: (transfer full) (element-type DojoGatedConstruct): the
 *   constructs the course teaches after this exercise, which the learner's
 *   code may not use yet, each with the title of the part that teaches it
 */
GPtrArray *
dojo_exercise_dup_gated (DojoExercise *self)
{
  g_autoptr(GPtrArray) gates = NULL;
  GPtrArray *gated;

  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);

  gated = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_gated_construct_free);
  gates = dojo_pack_get_gated_constructs (self->pack, dojo_pack_item_get_id (self->item));
  for (guint i = 0; gates != NULL && i < gates->len; i++)
    {
      const DojoPackGate *gate = g_ptr_array_index (gates, i);

      g_ptr_array_add (gated, dojo_gated_construct_new (gate->construct, gate->title));
    }

  return gated;
}

/**
 * dojo_exercise_dup_gating:
 * @self: an exercise
 *
 * Returns: (transfer full): what the learner has reached at this exercise,
 *   for the advice about constructs the course teaches later (the checker's
 *   and the live underline's)
 */
DojoGating *
dojo_exercise_dup_gating (DojoExercise *self)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);

  return dojo_gating_new_for_item (self->pack, self->item, json_node_get_object (self->root));
}

/**
 * dojo_exercise_check_finish:
 *
 * Returns: (transfer full): the verdict, every check evaluated; or %NULL
 *   with @error set (DOJO_CHECKER_ERROR) when the checks could not run
 */
DojoVerdict *
dojo_exercise_check_finish (DojoExercise  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  gboolean     done;
  DojoVerdict *verdict;
  GError      *error;
} SyncCheck;

static void
sync_check_done (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  SyncCheck *run = user_data;

  run->verdict = dojo_exercise_check_finish (DOJO_EXERCISE (object), result, &run->error);
  run->done = TRUE;
}

/**
 * dojo_exercise_check:
 * @self: a #DojoExercise
 * @project_dir: the learner's project folder
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Runs every check on @project_dir as dojo_exercise_check_async() does,
 * and waits for the verdict in a main context of its own, so that this
 * works from any thread and from a program without a main loop (grading,
 * dojo-pack check). Not for the UI thread: it blocks.
 *
 * Returns: (transfer full): the verdict, or %NULL with @error set
 */
DojoVerdict *
dojo_exercise_check (DojoExercise  *self,
                     GFile         *project_dir,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GMainContext) context = NULL;
  SyncCheck run = { 0 };

  g_return_val_if_fail (DOJO_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (project_dir), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  dojo_exercise_check_async (self, project_dir, cancellable, sync_check_done, &run);
  while (!run.done)
    g_main_context_iteration (context, TRUE);
  g_main_context_pop_thread_default (context);

  if (run.verdict == NULL)
    g_propagate_error (error, run.error);

  return run.verdict;
}
