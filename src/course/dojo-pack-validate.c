/* dojo-pack-validate.c: every check a pack must pass, all problems at once
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <md4c.h>

#include "dojo-archive.h"
#include "dojo-check-kinds.h"
#include "dojo-installer-private.h"
#include "dojo-json.h"
#include "dojo-lesson-questions-private.h"
#include "dojo-pack-private.h"
#include "dojo-paths.h"
#include "dojo-project-link-private.h"
#include "dojo-quiz.h"

/* What a `git` check may `require`, and the fields each kind reads
 * (docs/checks.md); src/check/dojo-git-check.c evaluates them. */
static const struct {
  const char *kind;
  const char *fields[3];
} git_kinds[] = {
  { "commits", { "min", NULL } },
  { "clean", { NULL } },
  { "last-message", { "pattern", "min_length", NULL } },
  { "branch-exists", { "branch", NULL } },
  { "on-branch", { "branch", NULL } },
  { "committed", { "path", NULL } },
  { "file-matches-commit", { "path", "back", NULL } },
  { "merge-commit", { "branch", NULL } },
  { "no-conflict-markers", { "path", NULL } },
};

/* Markdown ------------------------------------------------------------- */

typedef struct
{
  GPtrArray  *problems;
  const char *root;
  const char *file;       /* the file problems are reported in */
  const char *base_dir;   /* where relative image paths start, within the pack */
  const char *text;
  gsize       size;
  guint       fixed_line; /* inline Markdown inside JSON: report at its line */
  GHashTable *project_files; /* what project: links may name without a warning */
  gboolean    links_only; /* hints: shown as plain text today; only links matter */
  const char *cursor;     /* for counting lines incrementally */
  guint       cursor_line;
  const char *last_text;
  guint       last_html_line;
  gboolean    in_html_block;
  gboolean    html_block_reported;
} MdCheck;

static guint
md_line_at (MdCheck    *md,
            const char *ptr)
{
  if (md->fixed_line > 0)
    return md->fixed_line;

  if (ptr == NULL || ptr < md->text || ptr > md->text + md->size)
    ptr = md->last_text ? md->last_text : md->text;

  if (ptr < md->cursor)
    {
      md->cursor = md->text;
      md->cursor_line = 1;
    }

  for (; md->cursor < ptr; md->cursor++)
    if (*md->cursor == '\n')
      md->cursor_line++;

  return md->cursor_line;
}

static int
md_enter_block (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  MdCheck *md = user_data;

  if (type == MD_BLOCK_HTML)
    {
      md->in_html_block = TRUE;
      md->html_block_reported = FALSE;
    }

  return 0;
}

static int
md_leave_block (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  MdCheck *md = user_data;

  if (type == MD_BLOCK_HTML)
    md->in_html_block = FALSE;

  return 0;
}

static int
md_leave_span (MD_SPANTYPE  type,
               void        *detail,
               void        *user_data)
{
  return 0;
}

/* Joins ".." and "." in @dir/@path; NULL if it climbs out of the pack. */
static char *
normalize_in_pack (const char *dir,
                   const char *path)
{
  g_autofree char *joined = dir[0] ? g_strconcat (dir, "/", path, NULL) : g_strdup (path);
  g_auto(GStrv) parts = g_strsplit (joined, "/", -1);
  g_autoptr(GPtrArray) out = g_ptr_array_new ();

  for (guint i = 0; parts[i]; i++)
    {
      if (parts[i][0] == '\0' || g_str_equal (parts[i], "."))
        continue;
      if (g_str_equal (parts[i], ".."))
        {
          if (out->len == 0)
            return NULL;
          g_ptr_array_remove_index (out, out->len - 1);
          continue;
        }
      g_ptr_array_add (out, parts[i]);
    }

  if (out->len == 0)
    return NULL;
  g_ptr_array_add (out, NULL);

  return g_strjoinv ("/", (char **)out->pdata);
}

static void
md_check_image (MdCheck                   *md,
                const MD_SPAN_IMG_DETAIL  *detail)
{
  g_autofree char *raw = g_strndup (detail->src.text, detail->src.size);
  g_autofree char *src = g_uri_unescape_string (raw, NULL);
  g_autofree char *relpath = NULL;
  g_autofree char *real = NULL;
  g_autoptr(GError) error = NULL;
  guint line = md_line_at (md, detail->src.text);

  if (src == NULL)
    src = g_strdup (raw);

  if (src[0] == '\0')
    {
      _dojo_pack_report (md->problems, md->file, line, DOJO_PACK_SEVERITY_ERROR,
                         DOJO_PACK_ERROR_INVALID_MARKDOWN, _("an image has no path"));
      return;
    }

  if (strstr (src, "://") != NULL || g_str_has_prefix (src, "data:")
      || g_str_has_prefix (src, "//") || src[0] == '/')
    {
      _dojo_pack_report (md->problems, md->file, line, DOJO_PACK_SEVERITY_ERROR,
                         DOJO_PACK_ERROR_INVALID_MARKDOWN,
                         _("image '%s' is not in the pack; put the picture into the pack "
                           "and give its path relative to this file"),
                         raw);
      return;
    }

  if (!(relpath = normalize_in_pack (md->base_dir, src)))
    {
      _dojo_pack_report (md->problems, md->file, line, DOJO_PACK_SEVERITY_ERROR,
                         DOJO_PACK_ERROR_UNSAFE_PATH,
                         _("image '%s' lies outside the pack"), raw);
      return;
    }

  if (!(real = _dojo_pack_locate (md->root, relpath, &error)))
    _dojo_pack_report_error (md->problems, error, md->file, line);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* A project: link opens a file of the learner's project (see
 * dojo-project-link.c). One that does not parse would do nothing when
 * clicked: an error. One to a file the project may not have opens an empty
 * file: a warning, unless the link says "?new", that the learner makes it. */
static void
md_check_link (MdCheck                 *md,
               const MD_SPAN_A_DETAIL  *detail)
{
  g_autofree char *href = g_strndup (detail->href.text, detail->href.size);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  guint line = md_line_at (md, detail->href.text);
  gboolean is_new;

  if (!_dojo_project_link_is_project (href))
    return;

  if (!_dojo_project_link_parse_full (href, &path, NULL, &is_new, &error))
    {
      _dojo_pack_report_error (md->problems, error, md->file, line);
      return;
    }

  /* (No starter files at all: "starter" is broken, and reported as such.) */
  if (md->project_files == NULL || g_hash_table_size (md->project_files) == 0 || is_new ||
      g_hash_table_contains (md->project_files, path))
    return;

  {
    g_autofree const char **names =
      (const char **)g_hash_table_get_keys_as_array (md->project_files, NULL);
    g_autofree char *list = NULL;

    g_qsort_with_data (names, g_hash_table_size (md->project_files), sizeof (char *),
                       compare_strings, NULL);
    list = g_strjoinv (", ", (char **)names);
    _dojo_pack_report (md->problems, md->file, line, DOJO_PACK_SEVERITY_WARNING,
                       DOJO_PACK_ERROR_MISSING_FILE,
                       /* Translators: %1$s is a link as written, %2$s the files the
                        * project starts with, %3$s the file the link names. */
                       _("project link '%1$s': the project starts with %2$s, not '%3$s', so "
                         "a click makes '%3$s', empty; if the learner is to make it, write "
                         "project:%3$s?new"),
                       href, list, path);
  }
}

static int
md_enter_span (MD_SPANTYPE  type,
               void        *detail,
               void        *user_data)
{
  MdCheck *md = user_data;

  if (type == MD_SPAN_IMG && !md->links_only)
    md_check_image (md, detail);
  else if (type == MD_SPAN_A)
    md_check_link (md, detail);

  return 0;
}

static int
md_text (MD_TEXTTYPE     type,
         const MD_CHAR  *text,
         MD_SIZE         size,
         void           *user_data)
{
  MdCheck *md = user_data;

  if (text >= md->text && text <= md->text + md->size)
    md->last_text = text;

  if (type == MD_TEXT_HTML && !md->links_only)
    {
      guint line = md_line_at (md, text);

      /* One report per HTML block (it comes in many pieces) or per line. */
      if (md->in_html_block ? !md->html_block_reported : line != md->last_html_line)
        {
          g_autofree char *snippet = g_strndup (text, MIN (size, 40));

          md->html_block_reported = TRUE;
          md->last_html_line = line;
          g_strdelimit (snippet, "\n", ' ');
          _dojo_pack_report (md->problems, md->file, line, DOJO_PACK_SEVERITY_ERROR,
                             DOJO_PACK_ERROR_INVALID_MARKDOWN,
                             _("raw HTML ('%s') is not allowed in lessons; "
                               "write it in Markdown"),
                             g_strstrip (snippet));
        }
    }

  return 0;
}

static void
parse_markdown (MdCheck *md)
{
  MD_PARSER parser = {
    .abi_version = 0,
    .flags = MD_DIALECT_COMMONMARK | MD_FLAG_TABLES,
    .enter_block = md_enter_block,
    .leave_block = md_leave_block,
    .enter_span = md_enter_span,
    .leave_span = md_leave_span,
    .text = md_text,
  };

  md->cursor = md->text;
  md->cursor_line = 1;

  if (md_parse (md->text, md->size, &parser, md) != 0)
    _dojo_pack_report (md->problems, md->file, md->fixed_line, DOJO_PACK_SEVERITY_ERROR,
                       DOJO_PACK_ERROR_INVALID_MARKDOWN,
                       _("the Markdown could not be read"));
}

/* Checks Markdown: no raw HTML, images only from inside the pack, project:
 * links that parse. @base_dir is the folder (within the pack) that relative
 * paths start from. @project_files (nullable) are the files project: links
 * may name without a warning; %NULL checks only that they parse. */
static void
check_markdown (GPtrArray  *problems,
                const char *root,
                const char *file,
                const char *base_dir,
                const char *text,
                gsize       size,
                guint       fixed_line,
                GHashTable *project_files)
{
  MdCheck md = {
    .problems = problems,
    .root = root,
    .file = file,
    .base_dir = base_dir,
    .text = text,
    .size = size,
    .fixed_line = fixed_line,
    .project_files = project_files,
  };

  parse_markdown (&md);
}

/* Hints are shown as plain text today, so only their project: links are
 * checked, ready for the day hints are shown as Markdown. */
static void
check_markdown_links (GPtrArray  *problems,
                      const char *file,
                      const char *text,
                      guint       fixed_line,
                      GHashTable *project_files)
{
  MdCheck md = {
    .problems = problems,
    .file = file,
    .text = text,
    .size = strlen (text),
    .fixed_line = fixed_line,
    .project_files = project_files,
    .links_only = TRUE,
  };

  parse_markdown (&md);
}

static char *
dirname_in_pack (const char *relpath)
{
  const char *slash = strrchr (relpath, '/');

  return slash ? g_strndup (relpath, slash - relpath) : g_strdup ("");
}

/* Reads a pack file and checks it as Markdown; problems reading it are
 * reported at @ref_file:@ref_line, where it is referenced. */
static void
check_markdown_file (GPtrArray  *problems,
                     const char *root,
                     const char *relpath,
                     const char *ref_file,
                     guint       ref_line,
                     GHashTable *project_files)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *dir = NULL;
  const char *bad = NULL;
  gsize len = 0;

  if (!_dojo_pack_read_text (root, relpath, DOJO_PACK_MAX_TEXT_SIZE, &text, &len, &error))
    {
      _dojo_pack_report_error (problems, error, ref_file, ref_line);
      return;
    }

  if (!g_utf8_validate_len (text, len, &bad))
    {
      guint line = 1;

      for (const char *c = text; c < bad; c++)
        line += *c == '\n';
      _dojo_pack_report (problems, relpath, line, DOJO_PACK_SEVERITY_ERROR,
                         DOJO_PACK_ERROR_INVALID_VALUE,
                         _("the file is not valid UTF-8 text; save it as UTF-8"));
      return;
    }

  dir = dirname_in_pack (relpath);
  check_markdown (problems, root, relpath, dir, text, len, 0, project_files);
}

/* Python sources -------------------------------------------------------- */

/* A piece of Python of the pack, to compile: a file, or a starter file
 * written into exercise.json. */
typedef struct
{
  char  *file;     /* where problems are reported, relative to the pack */
  guint  line;     /* the line of the JSON string, 0 for a file */
  char  *name;     /* the starter's name, for a JSON string */
  char  *path;     /* the file's real path, or %NULL */
  char  *source;   /* the JSON string, or %NULL */
} PySource;

static void
py_source_free (PySource *py)
{
  g_free (py->file);
  g_free (py->name);
  g_free (py->path);
  g_free (py->source);
  g_free (py);
}

static PySource *
py_source_new (const char *file,
               guint       line,
               const char *name,
               const char *path,
               const char *source)
{
  PySource *py = g_new0 (PySource, 1);

  py->file = g_strdup (file);
  py->line = line;
  py->name = g_strdup (name);
  py->path = g_strdup (path);
  py->source = g_strdup (source);
  return py;
}

/* An exercise none of whose checks reads type hints: where to warn, and its
 * solution, to warn only when the solution defines a function. */
typedef struct {
  char  *file;      /* its exercise.json, relative to the pack */
  guint  line;      /* the line of its "checks" */
  char  *folder;    /* the exercise's folder, relative to the pack */
  char  *solution;  /* the solution file or folder, relative to the pack */
} Untyped;

static void
untyped_free (Untyped *untyped)
{
  g_free (untyped->file);
  g_free (untyped->folder);
  g_free (untyped->solution);
  g_free (untyped);
}

/* Exercises ------------------------------------------------------------ */

static gboolean
exists_in (const char *root,
           const char *folder,
           const char *relpath,
           GError    **error)
{
  g_autofree char *joined = NULL;
  g_autofree char *real = NULL;

  if (!_dojo_pack_check_relpath (relpath, error))
    return FALSE;

  joined = g_strconcat (folder, "/", relpath, NULL);
  real = _dojo_pack_locate (root, joined, error);

  return real != NULL;
}

static void
check_path_member (DojoPackCtx *ctx,
                   const char  *root,
                   const char  *folder,
                   JsonNode    *object,
                   const char  *name,
                   gboolean     required,
                   GHashTable  *also_allowed)
{
  const char *relpath = _dojo_pack_ctx_string (ctx, object, name, required);
  g_autoptr(GError) error = NULL;

  if (relpath == NULL)
    return;

  if (also_allowed != NULL && g_hash_table_contains (also_allowed, relpath))
    return;

  if (!exists_in (root, folder, relpath, &error))
    _dojo_pack_report_error (ctx->problems, error, ctx->file,
                             _dojo_pack_ctx_line (ctx, json_object_get_member (json_node_get_object (object), name)));
}

static void
check_solution_policy (DojoPackCtx *ctx,
                       JsonNode    *exercise,
                       gboolean    *never)
{
  const char *policy = _dojo_pack_ctx_string (ctx, exercise, "solution_policy", FALSE);

  *never = FALSE;
  if (policy == NULL || g_str_equal (policy, "after-pass"))
    return;
  if (g_str_equal (policy, "never"))
    {
      *never = TRUE;
      return;
    }
  if (g_str_has_prefix (policy, "after-attempts:"))
    {
      const char *n = policy + strlen ("after-attempts:");
      guint64 value = 0;

      if (g_ascii_string_to_unsigned (n, 10, 1, 1000, &value, NULL))
        return;
    }

  _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (exercise),
                                                      "solution_policy"),
                         DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                         _("solution_policy '%s' is not one of 'after-pass', "
                           "'after-attempts:N' (N from 1 to 1000), 'never'"),
                         policy);
}

static void
check_limits (DojoPackCtx *ctx,
              JsonNode    *exercise)
{
  static const char * const known[] = { "time_s", "memory_mb", "output_kb", NULL };
  JsonNode *limits = _dojo_pack_ctx_member (ctx, exercise, "limits", JSON_NODE_OBJECT, FALSE);
  JsonNode *time_s;

  if (limits == NULL)
    return;

  _dojo_pack_ctx_known_members (ctx, limits, known);
  _dojo_pack_ctx_int (ctx, limits, "memory_mb", FALSE, 1, 16384, NULL);
  _dojo_pack_ctx_int (ctx, limits, "output_kb", FALSE, 1, 1024 * 1024, NULL);

  if ((time_s = json_object_get_member (json_node_get_object (limits), "time_s")))
    {
      GType type = JSON_NODE_HOLDS_VALUE (time_s) ? json_node_get_value_type (time_s) : 0;
      double value;

      if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
        {
          _dojo_pack_ctx_report (ctx, time_s, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("'time_s' must be a number of seconds"));
          return;
        }

      value = json_node_get_double (time_s);
      if (!(value > 0 && value <= 600))
        _dojo_pack_ctx_report (ctx, time_s, DOJO_PACK_SEVERITY_ERROR,
                               DOJO_PACK_ERROR_INVALID_VALUE,
                               _("'time_s' must be more than 0 and at most 600 seconds"));
    }
}

/* A branch name git accepts, in the simple form a course needs. */
static gboolean
is_branch_name (const char *name)
{
  if (name[0] == '\0' || name[0] == '-' || name[0] == '/' || g_str_has_suffix (name, "/") ||
      g_str_has_suffix (name, ".lock") || g_str_has_suffix (name, ".") ||
      strstr (name, "..") != NULL || strstr (name, "//") != NULL ||
      strstr (name, "@{") != NULL || g_str_equal (name, "@") || g_str_equal (name, "HEAD"))
    return FALSE;

  for (const char *p = name; *p; p++)
    if ((guchar)*p <= ' ' || *p == 0x7f || strchr ("~^:?*[\\", *p) != NULL)
      return FALSE;

  return TRUE;
}

static void
check_branch_member (DojoPackCtx *ctx,
                     JsonNode    *object,
                     const char  *name,
                     gboolean     required)
{
  const char *branch = _dojo_pack_ctx_string (ctx, object, name, required);

  if (branch != NULL && !is_branch_name (branch))
    _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (object), name),
                           DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                           _("'%s' is not a branch name git accepts (no spaces, '..', "
                             "'~^:?*[\\')"), branch);
}

/* Reports at @at if @path is not a plain path inside the learner's project. */
static gboolean
check_project_path (DojoPackCtx *ctx,
                    JsonNode    *at,
                    const char  *path)
{
  g_autoptr(GError) error = NULL;

  if (_dojo_pack_check_relpath (path, &error))
    return TRUE;

  _dojo_pack_ctx_report (ctx, at, DOJO_PACK_SEVERITY_ERROR, error->code,
                         _("'%s' must be a file of the project, relative to its folder: %s"),
                         path, error->message);
  return FALSE;
}

static void
check_project_path_member (DojoPackCtx *ctx,
                           JsonNode    *object,
                           const char  *name,
                           gboolean     required)
{
  const char *path = _dojo_pack_ctx_string (ctx, object, name, required);

  if (path != NULL)
    check_project_path (ctx, json_object_get_member (json_node_get_object (object), name), path);
}

static void
check_git_check (DojoPackCtx *ctx,
                 JsonNode    *check)
{
  static const char * const kind_fields[] = {
    "min", "pattern", "min_length", "branch", "path", "back", NULL
  };
  JsonObject *object = json_node_get_object (check);
  const char *require = _dojo_pack_ctx_string (ctx, check, "require", TRUE);
  const char * const *fields = NULL;

  if (require == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (git_kinds); i++)
    if (g_str_equal (git_kinds[i].kind, require))
      fields = git_kinds[i].fields;

  if (fields == NULL)
    {
      _dojo_pack_ctx_report (ctx, json_object_get_member (object, "require"),
                             DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                             _("git check 'require' is '%s'; it must be one of commits, clean, "
                               "last-message, branch-exists, on-branch, committed, "
                               "file-matches-commit, merge-commit, no-conflict-markers"),
                             require);
      return;
    }

  for (guint i = 0; kind_fields[i] != NULL; i++)
    if (json_object_has_member (object, kind_fields[i]) &&
        !g_strv_contains (fields, kind_fields[i]))
      _dojo_pack_ctx_report (ctx, json_object_get_member (object, kind_fields[i]),
                             DOJO_PACK_SEVERITY_WARNING, DOJO_PACK_ERROR_INVALID_VALUE,
                             _("'%s' means nothing to a git check that requires '%s'; it is "
                               "ignored"), kind_fields[i], require);

  if (g_str_equal (require, "commits"))
    _dojo_pack_ctx_int (ctx, check, "min", FALSE, 1, 100000, NULL);
  else if (g_str_equal (require, "last-message"))
    {
      const char *pattern = _dojo_pack_ctx_string (ctx, check, "pattern", FALSE);

      _dojo_pack_ctx_int (ctx, check, "min_length", FALSE, 1, 10000, NULL);
      if (!json_object_has_member (object, "pattern") &&
          !json_object_has_member (object, "min_length"))
        _dojo_pack_ctx_report (ctx, check, DOJO_PACK_SEVERITY_ERROR,
                               DOJO_PACK_ERROR_MISSING_FIELD,
                               _("a git check that requires 'last-message' needs a 'pattern', "
                                 "a 'min_length', or both"));
      if (pattern != NULL)
        {
          g_autoptr(GRegex) regex = NULL;
          g_autoptr(GError) error = NULL;

          if (!(regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, &error)))
            _dojo_pack_ctx_report (ctx, json_object_get_member (object, "pattern"),
                                   DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                                   _("'pattern' is not a valid regular expression: %s"),
                                   error->message);
        }
    }
  else if (g_str_equal (require, "branch-exists") || g_str_equal (require, "on-branch"))
    check_branch_member (ctx, check, "branch", TRUE);
  else if (g_str_equal (require, "merge-commit"))
    check_branch_member (ctx, check, "branch", FALSE);
  else if (g_str_equal (require, "committed"))
    check_project_path_member (ctx, check, "path", TRUE);
  else if (g_str_equal (require, "no-conflict-markers"))
    check_project_path_member (ctx, check, "path", FALSE);
  else if (g_str_equal (require, "file-matches-commit"))
    {
      check_project_path_member (ctx, check, "path", TRUE);
      _dojo_pack_ctx_int (ctx, check, "back", FALSE, 0, 100000, NULL);
    }
}

/* A merge step: {"merge": "feature"}, with "conflicts": the files the
 * merge is to stop at (the prover asserts exactly these). */
static void
check_merge_step (DojoPackCtx *ctx,
                  JsonNode    *step)
{
  static const char * const merge_known[] = { "merge", "conflicts", NULL };
  JsonObject *object = json_node_get_object (step);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  JsonNode *conflicts;

  check_branch_member (ctx, step, "merge", TRUE);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_strv_contains (merge_known, name))
      {
        const char *suggestion = _dojo_pack_suggest (name, merge_known);

        /* An error, not a warning: a misspelt "conflicts" would make the
         * prover expect a merge without conflicts. */
        if (suggestion != NULL)
          _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_INVALID_VALUE,
                                 /* Translators: %1$s is a field name as written, %2$s the
                                  * field it is probably a typo of. */
                                 _("'%1$s' is not part of a merge step; did you mean '%2$s'? "
                                   "A merge step has 'merge' and, when it stops at "
                                   "conflicts, 'conflicts'"), name, suggestion);
        else
          _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_INVALID_VALUE,
                                 _("'%s' is not part of a merge step; it has 'merge' and, "
                                   "when it stops at conflicts, 'conflicts'"), name);
      }

  conflicts = _dojo_pack_ctx_member (ctx, step, "conflicts", JSON_NODE_ARRAY, FALSE);
  if (conflicts == NULL)
    return;
  if (json_array_get_length (json_node_get_array (conflicts)) == 0)
    _dojo_pack_ctx_report (ctx, conflicts, DOJO_PACK_SEVERITY_ERROR,
                           DOJO_PACK_ERROR_INVALID_VALUE,
                           _("'conflicts' is empty; leave it out for a merge without "
                             "conflicts"));
  for (guint i = 0; i < json_array_get_length (json_node_get_array (conflicts)); i++)
    {
      JsonNode *path = json_array_get_element (json_node_get_array (conflicts), i);

      if (!JSON_NODE_HOLDS_VALUE (path) || json_node_get_value_type (path) != G_TYPE_STRING)
        _dojo_pack_ctx_report (ctx, path, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                               _("'conflicts' lists file names, as strings"));
      else
        check_project_path (ctx, path, json_node_get_string (path));
    }
}

/* "solution_steps": what `validate --run-solutions` does in the solution's
 * repository before checking it (docs/pack-format.md). */
static void
check_solution_steps (DojoPackCtx *ctx,
                      JsonNode    *exercise)
{
  static const char * const step_kinds[] = {
    "commit", "branch", "switch", "write", "merge", "abort-merge", NULL
  };
  JsonNode *node = _dojo_pack_ctx_member (ctx, exercise, "solution_steps", JSON_NODE_ARRAY,
                                          FALSE);
  JsonArray *steps;

  if (node == NULL)
    return;

  steps = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      JsonNode *step = json_array_get_element (steps, i);
      JsonObject *object;
      const char *kind;

      /* Only a merge step has a second member, its "conflicts". */
      if (!JSON_NODE_HOLDS_OBJECT (step) ||
          (json_object_get_size (json_node_get_object (step)) != 1 &&
           !json_object_has_member (json_node_get_object (step), "merge")))
        {
          _dojo_pack_ctx_report (ctx, step, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("a solution step is an object with one member: "
                                   "{\"commit\": \"message\"}, {\"branch\": \"name\"}, "
                                   "{\"switch\": \"name\"}, {\"write\": {\"path\": …, "
                                   "\"content\": …}}, {\"merge\": \"name\"} (with "
                                   "\"conflicts\": […] when it stops at conflicts) or "
                                   "{\"abort-merge\": true}"));
          continue;
        }

      object = json_node_get_object (step);
      if (json_object_has_member (object, "merge"))
        kind = "merge";
      else
        {
          g_autoptr(GList) members = json_object_get_members (object);
          kind = members->data;
        }

      if (!g_strv_contains (step_kinds, kind))
        {
          const char *suggestion = _dojo_pack_suggest (kind, step_kinds);

          if (suggestion != NULL)
            _dojo_pack_ctx_report (ctx, json_object_get_member (object, kind),
                                   DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                                   /* Translators: %1$s is a step as written, %2$s the step
                                    * it is probably a typo of. */
                                   _("solution step '%1$s' is not one of commit, branch, "
                                     "switch, write, merge, abort-merge; did you mean "
                                     "'%2$s'?"), kind, suggestion);
          else
            _dojo_pack_ctx_report (ctx, json_object_get_member (object, kind),
                                   DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                                   _("solution step '%s' is not one of commit, branch, "
                                     "switch, write, merge, abort-merge"), kind);
        }
      else if (g_str_equal (kind, "commit"))
        _dojo_pack_ctx_string (ctx, step, "commit", TRUE);
      else if (g_str_equal (kind, "branch") || g_str_equal (kind, "switch"))
        check_branch_member (ctx, step, kind, TRUE);
      else if (g_str_equal (kind, "merge"))
        check_merge_step (ctx, step);
      else if (g_str_equal (kind, "abort-merge"))
        {
          JsonNode *value = json_object_get_member (object, kind);

          if (!JSON_NODE_HOLDS_VALUE (value) ||
              json_node_get_value_type (value) != G_TYPE_BOOLEAN ||
              !json_node_get_boolean (value))
            _dojo_pack_ctx_report (ctx, value, DOJO_PACK_SEVERITY_ERROR,
                                   DOJO_PACK_ERROR_WRONG_TYPE,
                                   _("an abort-merge step is written {\"abort-merge\": true}"));
        }
      else
        {
          static const char * const write_known[] = { "path", "content", NULL };
          JsonNode *write = _dojo_pack_ctx_member (ctx, step, "write", JSON_NODE_OBJECT, TRUE);

          if (write == NULL)
            continue;
          _dojo_pack_ctx_known_members (ctx, write, write_known);
          check_project_path_member (ctx, write, "path", TRUE);
          if (json_object_has_member (json_node_get_object (write), "content"))
            {
              JsonNode *content = json_object_get_member (json_node_get_object (write), "content");

              if (!JSON_NODE_HOLDS_VALUE (content) ||
                  json_node_get_value_type (content) != G_TYPE_STRING)
                _dojo_pack_ctx_report (ctx, content, DOJO_PACK_SEVERITY_ERROR,
                                       DOJO_PACK_ERROR_WRONG_TYPE,
                                       _("'content' must be a string (the file's text)"));
            }
          else
            _dojo_pack_ctx_report (ctx, write, DOJO_PACK_SEVERITY_ERROR,
                                   DOJO_PACK_ERROR_MISSING_FIELD,
                                   _("'content' is missing; it is required here"));
        }
    }
}

/* Returns: the line @key was first met on, if @seen holds it; else 0, and
 *   @seen remembers @key (not copied) at the line of @at */
static guint
line_seen_before (DojoPackCtx *ctx,
                  GHashTable  *seen,
                  const char  *key,
                  JsonNode    *at)
{
  gpointer first;

  if (g_hash_table_lookup_extended (seen, key, NULL, &first))
    return GPOINTER_TO_UINT (first);

  g_hash_table_insert (seen, (gpointer)key, GUINT_TO_POINTER (_dojo_pack_ctx_line (ctx, at)));
  return 0;
}

/* Returns: (transfer none) (nullable): the array member @name, or %NULL if
 *   it is missing, not an array, or empty (reported with @if_empty) */
static JsonArray *
nonempty_array_member (DojoPackCtx *ctx,
                       JsonNode    *object,
                       const char  *name,
                       gboolean     required,
                       const char  *if_empty)
{
  JsonNode *node = _dojo_pack_ctx_member (ctx, object, name, JSON_NODE_ARRAY, required);

  if (node == NULL)
    return NULL;

  if (json_array_get_length (json_node_get_array (node)) == 0)
    {
      _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                             "%s", if_empty);
      return NULL;
    }

  return json_node_get_array (node);
}

/* The members of a check: each one its kind takes (docs/checks.md, from
 * the registry in dojo-check-kinds.c), of the right type; the ones it
 * requires there. A git check's own fields depend on its `require` and are
 * checked by check_git_check(). */
static void
check_check_fields (DojoPackCtx         *ctx,
                    JsonNode            *check,
                    const DojoCheckKind *kind)
{
  g_auto(GStrv) known = dojo_check_kind_dup_field_names (kind);
  JsonObject *object = json_node_get_object (check);
  gboolean git = kind != NULL && kind->results == DOJO_CHECK_RESULTS_GIT;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      const DojoCheckField *field = dojo_check_kind_lookup_field (kind, name);

      if (field == NULL)
        {
          /* A misspelt "hidden" would hand a check meant for grading, and its
           * test file, to the students: that is an error, not a warning. */
          if (g_strcmp0 (_dojo_pack_suggest (name, (const char * const *)known), "hidden") == 0)
            _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR,
                                   DOJO_PACK_ERROR_INVALID_VALUE,
                                   _("'%s' is not a field Dojo knows here; did you mean "
                                     "'hidden'? As written, the check is not hidden: the "
                                     "student edition would show it, with its test file"),
                                   name);
          else
            _dojo_pack_ctx_unknown_member (ctx, node, name, (const char * const *)known,
                                           DOJO_PACK_SEVERITY_WARNING);
          continue;
        }

      /* "type" and "id" are checked by the caller. */
      if (g_str_equal (name, "type") || g_str_equal (name, "id") ||
          (git && dojo_check_kind_lookup_field (NULL, name) == NULL))
        continue;

      switch (field->type)
        {
        case DOJO_CHECK_FIELD_STRING:
          {
            const char *value = _dojo_pack_ctx_string (ctx, check, name, FALSE);

            if (value != NULL && field->values != NULL && !g_strv_contains (field->values, value))
              {
                g_autofree char *values = g_strjoinv (", ", (char **)field->values);

                _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR,
                                       DOJO_PACK_ERROR_INVALID_VALUE,
                                       /* Translators: '%1$s' is a field, %3$s its values */
                                       _("'%1$s' is '%2$s'; it must be one of %3$s"),
                                       name, value, values);
              }
          }
          break;

        case DOJO_CHECK_FIELD_INTEGER:
          _dojo_pack_ctx_int (ctx, check, name, FALSE, 0, G_MAXINT32, NULL);
          break;

        case DOJO_CHECK_FIELD_BOOLEAN:
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
            _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR,
                                   DOJO_PACK_ERROR_WRONG_TYPE,
                                   _("'%s' must be true or false"), name);
          break;

        case DOJO_CHECK_FIELD_ARRAY:
          _dojo_pack_ctx_member (ctx, check, name, JSON_NODE_ARRAY, FALSE);
          break;

        case DOJO_CHECK_FIELD_OBJECT:
          _dojo_pack_ctx_member (ctx, check, name, JSON_NODE_OBJECT, FALSE);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  for (const DojoCheckField *f = kind && !git ? kind->fields : NULL; f && f->name; f++)
    if (f->required && !json_object_has_member (object, f->name))
      _dojo_pack_ctx_report (ctx, check, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_MISSING_FIELD,
                             /* Translators: '%1$s' is a field, '%2$s' a kind of check */
                             _("'%1$s' is missing; a check of type '%2$s' needs it"),
                             f->name, kind->name);
}

/* A type check's "files": the learner's .py files, by paths relative to
 * the project that stay inside it (the harness ignores any other). */
static void
check_learner_files (DojoPackCtx *ctx,
                     JsonNode    *check)
{
  JsonNode *node = json_object_get_member (json_node_get_object (check), "files");
  JsonArray *files;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;
  files = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (files); i++)
    {
      JsonNode *file = json_array_get_element (files, i);
      const char *name = NULL;
      g_auto(GStrv) parts = NULL;

      if (JSON_NODE_HOLDS_VALUE (file) && json_node_get_value_type (file) == G_TYPE_STRING)
        name = json_node_get_string (file);
      if (name == NULL)
        {
          _dojo_pack_ctx_report (ctx, file, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("'files' holds the names of Python files, as strings"));
          continue;
        }
      if (!g_str_has_suffix (name, ".py"))
        {
          _dojo_pack_ctx_report (ctx, file, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_INVALID_VALUE,
                                 /* Translators: %s is a file name */
                                 _("'%s' is not a Python file; 'files' names files ending "
                                   "in .py"), name);
          continue;
        }
      parts = g_strsplit_set (name, "/\\", -1);
      if (g_path_is_absolute (name) || g_strv_contains ((const char * const *)parts, ".."))
        _dojo_pack_ctx_report (ctx, file, DOJO_PACK_SEVERITY_ERROR,
                               DOJO_PACK_ERROR_INVALID_VALUE,
                               /* Translators: %s is a path */
                               _("'%s' is outside the learner's project; 'files' names "
                                 "files inside it, relative to it"), name);
    }
}

/* An ast check's rules: each forbids or requires one construct of the
 * vocabulary (docs/checks.md), or call:/def:/import: with a name. */
static void
check_ast_rules (DojoPackCtx *ctx,
                 JsonNode    *check)
{
  static const char * const known[] = { "forbid", "require", "message", NULL };
  JsonNode *node = json_object_get_member (json_node_get_object (check), "rules");
  JsonArray *rules;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  rules = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonNode *rule = json_array_get_element (rules, i);
      JsonObject *object;
      const char *which, *construct, *colon;

      if (!JSON_NODE_HOLDS_OBJECT (rule))
        {
          _dojo_pack_ctx_report (ctx, rule, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("a rule is an object {\"forbid\": …} or "
                                   "{\"require\": …}"));
          continue;
        }

      object = json_node_get_object (rule);
      _dojo_pack_ctx_known_members (ctx, rule, known);
      _dojo_pack_ctx_string (ctx, rule, "message", FALSE);

      if (json_object_has_member (object, "forbid") == json_object_has_member (object, "require"))
        {
          _dojo_pack_ctx_report (ctx, rule, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_INVALID_VALUE,
                                 _("a rule either forbids or requires one construct: give "
                                   "'forbid' or 'require', not both"));
          continue;
        }

      which = json_object_has_member (object, "forbid") ? "forbid" : "require";
      if (!(construct = _dojo_pack_ctx_string (ctx, rule, which, TRUE)))
        continue;

      colon = strchr (construct, ':');
      if (colon != NULL
          ? (colon[1] != '\0' && (g_str_has_prefix (construct, "call:") ||
                                  g_str_has_prefix (construct, "def:") ||
                                  g_str_has_prefix (construct, "import:")))
          : dojo_pack_is_construct (construct))
        continue;

      _dojo_pack_ctx_report (ctx, json_object_get_member (object, which),
                             DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_UNKNOWN_CONSTRUCT,
                             _("'%s' is not a construct an ast rule knows; see the vocabulary "
                               "in docs/checks.md, or write call:NAME, def:NAME, "
                               "import:MODULE"),
                             construct);
    }
}

/* A pytest check's "tasks": task number → the title of its row. */
static void
check_tasks (DojoPackCtx *ctx,
             JsonNode    *check)
{
  JsonNode *node = json_object_get_member (json_node_get_object (check), "tasks");
  JsonObjectIter iter;
  const char *number;
  JsonNode *title;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &number, &title))
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (number, 10, 1, G_MAXINT32, &n, NULL))
        _dojo_pack_ctx_report (ctx, title, DOJO_PACK_SEVERITY_ERROR,
                               DOJO_PACK_ERROR_INVALID_VALUE,
                               _("task '%s' must be a task number, as in "
                                 "@pytest.mark.task(taskno=1): \"1\", \"2\", …"),
                               number);
      if (!JSON_NODE_HOLDS_VALUE (title) || json_node_get_value_type (title) != G_TYPE_STRING)
        _dojo_pack_ctx_report (ctx, title, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                               _("the title of task '%s' must be a string"), number);
    }
}

/* A known mistake's pattern is a Python regular expression; GRegex (PCRE)
 * reads the same syntax for all a teacher writes in practice, so one it
 * refuses is almost surely broken. */
static void
check_pattern_member (DojoPackCtx *ctx,
                      JsonNode    *check)
{
  const char *pattern = _dojo_pack_ctx_string (ctx, check, "pattern", FALSE);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GError) error = NULL;

  if (pattern != NULL && !(regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, &error)))
    _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (check), "pattern"),
                           DOJO_PACK_SEVERITY_WARNING, DOJO_PACK_ERROR_INVALID_VALUE,
                           _("'pattern' may not be a valid regular expression: %s"),
                           error->message);
}

static void
check_checks (DojoPackCtx *ctx,
              const char  *root,
              const char  *folder,
              JsonNode    *exercise,
              GHashTable  *starter_files,
              GHashTable  *provided)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *checks = nonempty_array_member (ctx, exercise, "checks", TRUE,
                                             _("'checks' is empty; an exercise needs at least "
                                               "one check"));

  if (checks == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonNode *check = json_array_get_element (checks, i);
      const DojoCheckKind *kind;
      const char *type;
      const char *id;

      if (!JSON_NODE_HOLDS_OBJECT (check))
        {
          _dojo_pack_ctx_report (ctx, check, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("a check is an object {\"type\": …}"));
          continue;
        }

      type = _dojo_pack_ctx_string (ctx, check, "type", TRUE);
      kind = dojo_check_kind_lookup (type);
      if (type != NULL && kind == NULL)
        {
          g_autofree char *names = dojo_check_kinds_list_names ();
          g_auto(GStrv) kinds = g_strsplit (names, ", ", -1);
          const char *meant = _dojo_pack_suggest (type, (const char * const *)kinds);
          JsonNode *at = json_object_get_member (json_node_get_object (check), "type");

          if (meant != NULL)
            _dojo_pack_ctx_report (ctx, at, DOJO_PACK_SEVERITY_ERROR,
                                   DOJO_PACK_ERROR_INVALID_VALUE,
                                   /* Translators: %2$s lists the kinds: "io, unittest, …" */
                                   _("check type '%1$s' is not one of %2$s; did you mean "
                                     "'%3$s'?"),
                                   type, names, meant);
          else
            _dojo_pack_ctx_report (ctx, at, DOJO_PACK_SEVERITY_ERROR,
                                   DOJO_PACK_ERROR_INVALID_VALUE,
                                   /* Translators: %2$s lists the kinds: "io, unittest, …" */
                                   _("check type '%1$s' is not one of %2$s"),
                                   type, names);
        }

      id = _dojo_pack_ctx_id (ctx, check, "id", FALSE);
      if (id != NULL)
        {
          JsonNode *at = json_object_get_member (json_node_get_object (check), "id");
          guint first = line_seen_before (ctx, ids, id, at);

          if (first > 0)
            _dojo_pack_ctx_report (ctx, at, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_DUPLICATE_ID,
                                   _("check id '%s' is already used on line %u"), id, first);
        }

      /* An unknown type's fields mean nothing: its type is reported. */
      if (type != NULL && kind == NULL)
        continue;
      check_check_fields (ctx, check, kind);

      /* "file" may name a learner's file (a starter file) or one of the
       * exercise folder; "test" always names one of the exercise folder. */
      if (dojo_check_kind_lookup_field (kind, "file") != NULL)
        check_path_member (ctx, root, folder, check, "file", FALSE, starter_files);
      if (kind != NULL && (kind->flags & DOJO_CHECK_KIND_TEST_FILE))
        check_path_member (ctx, root, folder, check, "test", FALSE, NULL);

      if (kind != NULL && kind->results == DOJO_CHECK_RESULTS_RULES)
        check_ast_rules (ctx, check);
      if (dojo_check_kind_lookup_field (kind, "tasks") != NULL)
        check_tasks (ctx, check);
      if (dojo_check_kind_lookup_field (kind, "files") != NULL)
        check_learner_files (ctx, check);
      /* A pytest check needs pytest, declared or not (docs/pack-format.md). */
      if (kind != NULL && kind->package != NULL &&
          provided != NULL && !g_hash_table_contains (provided, kind->package))
        _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (check), "type"),
                               DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                               _("a %s check needs the Python package '%s', which this Dojo "
                                 "does not provide"), kind->name, kind->package);
      if (dojo_check_kind_lookup_field (kind, "pattern") != NULL &&
          kind->results == DOJO_CHECK_RESULTS_ADVICE)
        check_pattern_member (ctx, check);

      if (kind != NULL && kind->results == DOJO_CHECK_RESULTS_GIT)
        check_git_check (ctx, check);
    }
}

/* Remembers @exercise in @untyped when it has a solution but no check that
 * reads type hints (type-check, or type-hints): whether the solution
 * defines a function is known once the pack's Python is compiled. */
static void
remember_untyped (DojoPackCtx *ctx,
                  const char  *folder,
                  JsonNode    *exercise,
                  GPtrArray   *untyped)
{
  JsonObject *object = json_node_get_object (exercise);
  JsonNode *checks = json_object_get_member (object, "checks");
  const char *solution = dojo_json_get_string (object, "solution");
  Untyped *found;

  if (solution == NULL || checks == NULL || !JSON_NODE_HOLDS_ARRAY (checks))
    return;

  for (guint i = 0; i < json_array_get_length (json_node_get_array (checks)); i++)
    {
      JsonNode *check = json_array_get_element (json_node_get_array (checks), i);
      const char *type = JSON_NODE_HOLDS_OBJECT (check)
                         ? dojo_json_get_string (json_node_get_object (check), "type") : NULL;

      if (g_strcmp0 (type, "type-check") == 0 || g_strcmp0 (type, "type-hints") == 0)
        return;
    }

  found = g_new0 (Untyped, 1);
  found->file = g_strdup (ctx->file);
  found->line = _dojo_pack_ctx_line (ctx, checks);
  found->folder = g_strdup (folder);
  found->solution = g_strconcat (folder, "/", solution, NULL);
  g_ptr_array_add (untyped, found);
}

/* "open": the files the item opens as tabs, the first one in front. Each
 * must be a starter file (@starter_files, %NULL if "starter" is broken):
 * a tab for a file that does not exist would open empty. */
static void
check_open (DojoPackCtx *ctx,
            JsonNode    *exercise,
            GHashTable  *starter_files)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *files = nonempty_array_member (ctx, exercise, "open", FALSE,
                                            _("'open' is empty; list the files to open, or "
                                              "leave 'open' out to open the entry file alone"));

  if (files == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (files); i++)
    {
      JsonNode *file = json_array_get_element (files, i);
      const char *name;
      guint first;

      if (!JSON_NODE_HOLDS_VALUE (file) || json_node_get_value_type (file) != G_TYPE_STRING)
        {
          _dojo_pack_ctx_report (ctx, file, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("'open' lists starter file names, each a string"));
          continue;
        }

      name = json_node_get_string (file);
      if (!check_project_path (ctx, file, name))
        continue;

      if ((first = line_seen_before (ctx, seen, name, file)) > 0)
        {
          _dojo_pack_ctx_report (ctx, file, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_INVALID_VALUE,
                                 _("'%s' is already in 'open', on line %u; a file opens "
                                   "once"), name, first);
          continue;
        }

      if (starter_files != NULL && !g_hash_table_contains (starter_files, name))
        _dojo_pack_ctx_report (ctx, file, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                               _("'%s' in 'open' is not one of the starter files; its tab "
                                 "would open an empty file"), name);
    }
}

/* Returns: (transfer full): the names of the starter files, whether or not
 *   they are valid (those that are not are reported where they are) */
static GHashTable *
starter_names_new (JsonNode *exercise)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonNode *starter = json_object_get_member (json_node_get_object (exercise), "starter");
  JsonObjectIter iter;
  const char *name;

  if (starter == NULL || !JSON_NODE_HOLDS_OBJECT (starter))
    return names;

  json_object_iter_init (&iter, json_node_get_object (starter));
  while (json_object_iter_next (&iter, &name, NULL))
    g_hash_table_add (names, g_strdup (name));

  return names;
}

static void
check_exercise (DojoPack     *pack,
                DojoPackItem *item,
                GPtrArray    *problems,
                GHashTable   *markdown_files,
                GPtrArray    *py_sources,
                GPtrArray    *untyped,
                GHashTable   *provided)
{
  static const char * const known[] = {
    "title", "instructions", "starter", "entry", "open", "checks", "hints", "solution",
    "solution_policy", "solution_steps", "limits", "revision", NULL
  };
  const char *root = _dojo_pack_get_root (pack);
  const char *folder = dojo_pack_item_get_path (item);
  g_autofree char *relpath = g_strconcat (folder, "/exercise.json", NULL);
  g_autoptr(GHashTable) starter_files = NULL;
  g_autoptr(DojoJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder_real = NULL;
  DojoPackCtx ctx = { problems, NULL, relpath };
  JsonNode *exercise, *node;
  const char *instructions, *entry;
  gboolean never = FALSE;
  guint line = 0;
  GStatBuf st;

  if (!(folder_real = _dojo_pack_locate (root, folder, &error)))
    {
      _dojo_pack_report_error (problems, error, "manifest.json", item->path_line);
      return;
    }
  if (g_stat (folder_real, &st) != 0 || !S_ISDIR (st.st_mode))
    {
      _dojo_pack_report (problems, "manifest.json", item->path_line, DOJO_PACK_SEVERITY_ERROR,
                         DOJO_PACK_ERROR_MISSING_FILE,
                         _("'%s' is a file; an exercise is a folder holding exercise.json"),
                         folder);
      return;
    }

  doc = _dojo_pack_read_json (root, relpath, DOJO_PACK_MAX_TEXT_SIZE, &line, &error);
  if (doc == NULL)
    {
      if (g_error_matches (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_MISSING_FILE))
        _dojo_pack_report (problems, "manifest.json", item->path_line,
                           DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_MISSING_FILE,
                           _("folder '%s' has no exercise.json"), folder);
      else
        _dojo_pack_report_error (problems, error, line ? relpath : "manifest.json",
                                 line ? line : item->path_line);
      return;
    }

  ctx.doc = doc;
  exercise = _dojo_json_doc_get_root (doc);
  if (!JSON_NODE_HOLDS_OBJECT (exercise))
    {
      _dojo_pack_ctx_report (&ctx, exercise, DOJO_PACK_SEVERITY_ERROR,
                             DOJO_PACK_ERROR_WRONG_TYPE,
                             _("exercise.json holds an object {\"title\": …, \"checks\": […]}"));
      return;
    }

  _dojo_pack_ctx_known_members (&ctx, exercise, known);
  _dojo_pack_ctx_string (&ctx, exercise, "title", TRUE);
  _dojo_pack_ctx_int (&ctx, exercise, "revision", TRUE, 1, G_MAXINT32, NULL);

  /* Known before the instructions, whose project: links may name them. */
  starter_files = starter_names_new (exercise);

  instructions = _dojo_pack_ctx_string (&ctx, exercise, "instructions", TRUE);
  if (instructions != NULL)
    {
      JsonNode *at = json_object_get_member (json_node_get_object (exercise), "instructions");

      /* A single line ending in ".md" is a file; anything else is Markdown. */
      if (g_str_has_suffix (instructions, ".md") && strchr (instructions, '\n') == NULL)
        {
          g_autofree char *file = NULL;

          if (_dojo_pack_ctx_relpath (&ctx, at, instructions))
            {
              file = g_strconcat (folder, "/", instructions, NULL);
              check_markdown_file (problems, root, file, relpath, _dojo_pack_ctx_line (&ctx, at),
                                   starter_files);
              g_hash_table_insert (markdown_files, g_steal_pointer (&file),
                                   g_hash_table_ref (starter_files));
            }
        }
      else
        {
          check_markdown (problems, root, relpath, folder, instructions,
                          strlen (instructions), _dojo_pack_ctx_line (&ctx, at), starter_files);
        }
    }

  if ((node = _dojo_pack_ctx_member (&ctx, exercise, "starter", JSON_NODE_OBJECT, TRUE)))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      if (json_object_get_size (json_node_get_object (node)) == 0)
        _dojo_pack_ctx_report (&ctx, node, DOJO_PACK_SEVERITY_ERROR,
                               DOJO_PACK_ERROR_INVALID_VALUE,
                               _("'starter' is empty; give the learner at least the entry file"));

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &value))
        {
          if (!_dojo_pack_ctx_relpath (&ctx, value, name))
            continue;

          if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
            {
              /* A starter written into exercise.json is Python too. */
              if (g_str_has_suffix (name, ".py"))
                g_ptr_array_add (py_sources,
                                 py_source_new (relpath, _dojo_pack_ctx_line (&ctx, value), name,
                                                NULL, json_node_get_string (value)));
              continue;
            }
          if (JSON_NODE_HOLDS_OBJECT (value))
            {
              static const char * const starter_known[] = { "path", NULL };

              _dojo_pack_ctx_known_members (&ctx, value, starter_known);
              check_path_member (&ctx, root, folder, value, "path", TRUE, NULL);
              continue;
            }

          _dojo_pack_ctx_report (&ctx, value, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("starter file '%s' is either its content (a string) or "
                                   "{\"path\": \"file in the exercise folder\"}"),
                                 name);
        }
    }

  entry = _dojo_pack_ctx_string (&ctx, exercise, "entry", TRUE);
  if (entry != NULL && node != NULL && !g_hash_table_contains (starter_files, entry))
    _dojo_pack_ctx_report (&ctx, json_object_get_member (json_node_get_object (exercise), "entry"),
                           DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                           _("entry '%s' is not one of the starter files"), entry);

  check_open (&ctx, exercise, node != NULL ? starter_files : NULL);
  check_checks (&ctx, root, folder, exercise, starter_files, provided);
  remember_untyped (&ctx, folder, exercise, untyped);

  if ((node = _dojo_pack_ctx_member (&ctx, exercise, "hints", JSON_NODE_ARRAY, FALSE)))
    {
      JsonArray *hints = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (hints); i++)
        {
          JsonNode *hint = json_array_get_element (hints, i);

          if (!JSON_NODE_HOLDS_VALUE (hint) || json_node_get_value_type (hint) != G_TYPE_STRING)
            _dojo_pack_ctx_report (&ctx, hint, DOJO_PACK_SEVERITY_ERROR,
                                   DOJO_PACK_ERROR_WRONG_TYPE,
                                   _("a hint is a string (Markdown)"));
          else
            check_markdown_links (problems, relpath, json_node_get_string (hint),
                                  _dojo_pack_ctx_line (&ctx, hint), starter_files);
        }
    }

  check_solution_policy (&ctx, exercise, &never);
  check_path_member (&ctx, root, folder, exercise, "solution", FALSE, NULL);
  if (!never && !json_object_has_member (json_node_get_object (exercise), "solution"))
    _dojo_pack_ctx_report (&ctx, exercise, DOJO_PACK_SEVERITY_WARNING,
                           DOJO_PACK_ERROR_MISSING_FIELD,
                           _("there is no 'solution' to show; add one or set "
                             "\"solution_policy\": \"never\""));

  check_solution_steps (&ctx, exercise);
  check_limits (&ctx, exercise);
}

/* Quizzes -------------------------------------------------------------- */

static gboolean
is_index_in (JsonNode *node,
             guint     n)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64
         && json_node_get_int (node) >= 0 && json_node_get_int (node) < n;
}

/* @in_lesson: a question a lesson asks in its text, which cannot be
 * write-code or "always" (it is always asked). */
static void
check_question (DojoPack    *pack,
                DojoPackCtx *ctx,
                const char  *base_dir,
                JsonNode    *question,
                GHashTable  *ids,
                gboolean     in_lesson)
{
  static const char * const known[] = {
    "id", "type", "prompt", "choices", "answer", "code", "explanation", "always", NULL
  };
  static const char * const known_in_lesson[] = {
    "id", "type", "prompt", "choices", "answer", "code", "explanation",
    "stdin", "match", "solution", NULL
  };
  const char *id, *type, *prompt;
  JsonNode *answer, *choices, *always;
  guint n_choices = 0;

  if (!JSON_NODE_HOLDS_OBJECT (question))
    {
      _dojo_pack_ctx_report (ctx, question, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                             _("a question is an object {\"id\": …, \"type\": …, "
                               "\"prompt\": …, \"answer\": …}"));
      return;
    }

  _dojo_pack_ctx_known_members (ctx, question, in_lesson ? known_in_lesson : known);

  if ((id = _dojo_pack_ctx_id (ctx, question, "id", TRUE)))
    {
      JsonNode *at = json_object_get_member (json_node_get_object (question), "id");
      guint first = line_seen_before (ctx, ids, id, at);

      if (first > 0)
        _dojo_pack_ctx_report (ctx, at, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_DUPLICATE_ID,
                               _("question id '%s' is already used on line %u"), id, first);
    }

  if ((prompt = _dojo_pack_ctx_string (ctx, question, "prompt", TRUE)))
    check_markdown (ctx->problems, _dojo_pack_get_root (pack), ctx->file, base_dir,
                    prompt, strlen (prompt),
                    _dojo_pack_ctx_line (ctx, json_object_get_member (json_node_get_object (question), "prompt")),
                    NULL);
  _dojo_pack_ctx_string (ctx, question, "explanation", FALSE);

  always = json_object_get_member (json_node_get_object (question), "always");
  if (always != NULL &&
      (!JSON_NODE_HOLDS_VALUE (always) || json_node_get_value_type (always) != G_TYPE_BOOLEAN))
    _dojo_pack_ctx_report (ctx, always, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                           _("'%s' must be true or false"), "always");

  if (!(type = _dojo_pack_ctx_string (ctx, question, "type", TRUE)))
    return;

  answer = json_object_get_member (json_node_get_object (question), "answer");
  if (answer == NULL)
    {
      _dojo_pack_ctx_report (ctx, question, DOJO_PACK_SEVERITY_ERROR,
                             DOJO_PACK_ERROR_MISSING_FIELD,
                             _("'%s' is missing; it is required here"), "answer");
      return;
    }

  if (g_str_equal (type, "single") || g_str_equal (type, "multiple"))
    {
      if (!(choices = _dojo_pack_ctx_member (ctx, question, "choices", JSON_NODE_ARRAY, TRUE)))
        return;

      n_choices = json_array_get_length (json_node_get_array (choices));
      for (guint i = 0; i < n_choices; i++)
        {
          JsonNode *choice = json_array_get_element (json_node_get_array (choices), i);

          if (!JSON_NODE_HOLDS_VALUE (choice) || json_node_get_value_type (choice) != G_TYPE_STRING)
            _dojo_pack_ctx_report (ctx, choice, DOJO_PACK_SEVERITY_ERROR,
                                   DOJO_PACK_ERROR_WRONG_TYPE,
                                   _("a choice is a string (Markdown)"));
        }
      if (n_choices < 2)
        {
          _dojo_pack_ctx_report (ctx, choices, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_INVALID_VALUE,
                                 _("a question needs at least two choices"));
          return;
        }

      if (g_str_equal (type, "single"))
        {
          if (!is_index_in (answer, n_choices))
            _dojo_pack_ctx_report (ctx, answer, DOJO_PACK_SEVERITY_ERROR,
                                   DOJO_PACK_ERROR_INVALID_VALUE,
                                   _("'answer' must be the index of a choice, from 0 to %u"),
                                   n_choices - 1);
        }
      else
        {
          g_autofree gboolean *seen = g_new0 (gboolean, n_choices);
          JsonArray *indexes;
          gboolean ok;

          ok = JSON_NODE_HOLDS_ARRAY (answer);
          indexes = ok ? json_node_get_array (answer) : NULL;
          ok = ok && json_array_get_length (indexes) > 0;
          for (guint i = 0; ok && i < json_array_get_length (indexes); i++)
            {
              JsonNode *index = json_array_get_element (indexes, i);

              ok = is_index_in (index, n_choices) && !seen[json_node_get_int (index)];
              if (ok)
                seen[json_node_get_int (index)] = TRUE;
            }
          if (!ok)
            _dojo_pack_ctx_report (ctx, answer, DOJO_PACK_SEVERITY_ERROR,
                                   DOJO_PACK_ERROR_INVALID_VALUE,
                                   _("'answer' must list the indexes of the right choices, "
                                     "each once, from 0 to %u"),
                                   n_choices - 1);
        }
    }
  else if (g_str_equal (type, "predict-output"))
    {
      _dojo_pack_ctx_string (ctx, question, "code", TRUE);
      if (!JSON_NODE_HOLDS_VALUE (answer) || json_node_get_value_type (answer) != G_TYPE_STRING)
        _dojo_pack_ctx_report (ctx, answer, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                               _("'answer' must be the expected output, a string"));
    }
  else if (g_str_equal (type, "try-code") && in_lesson)
    {
      const DojoCheckField *match_field =
        dojo_check_kind_lookup_field (dojo_check_kind_lookup ("io"), "match");
      const char *match;

      /* `code` is what the card starts with: optional, as a Try it may
       * start from nothing. */
      _dojo_pack_ctx_string (ctx, question, "code", FALSE);
      _dojo_pack_ctx_string (ctx, question, "stdin", FALSE);
      _dojo_pack_ctx_string (ctx, question, "solution", TRUE);
      if (!JSON_NODE_HOLDS_VALUE (answer) || json_node_get_value_type (answer) != G_TYPE_STRING)
        _dojo_pack_ctx_report (ctx, answer, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                               _("'answer' must be the output the program prints, a string"));
      if ((match = _dojo_pack_ctx_string (ctx, question, "match", FALSE)) &&
          !g_strv_contains ((const char * const *)match_field->values, match))
        _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (question), "match"),
                               DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                               _("'match' must be rstrip, exact, contains or regex"));
    }
  else if (g_str_equal (type, "try-code"))
    {
      _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (question), "type"),
                             DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                             _("a quiz cannot ask a try-code question; it belongs in a lesson's "
                               "text, and a quiz asks for code with write-code"));
    }
  else if (g_str_equal (type, "write-code") && in_lesson)
    {
      _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (question), "type"),
                             DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                             _("a lesson cannot ask a write-code question; ask it in a quiz, "
                               "or make it single, multiple, predict-output or try-code"));
    }
  else if (g_str_equal (type, "write-code"))
    {
      DojoPackItem *target;

      if (!JSON_NODE_HOLDS_VALUE (answer) || json_node_get_value_type (answer) != G_TYPE_STRING)
        {
          _dojo_pack_ctx_report (ctx, answer, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("'answer' must be the id of an exercise of the pack"));
          return;
        }

      target = dojo_pack_lookup_item (pack, json_node_get_string (answer));
      if (target == NULL
          || (dojo_pack_item_get_item_type (target) != DOJO_PACK_ITEM_EXERCISE
              && dojo_pack_item_get_item_type (target) != DOJO_PACK_ITEM_PROJECT))
        _dojo_pack_ctx_report (ctx, answer, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_UNKNOWN_ID,
                               _("'%s' is not an exercise of the pack"),
                               json_node_get_string (answer));
    }
  else if (in_lesson)
    {
      _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (question), "type"),
                             DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                             _("question type '%s' is not one of single, multiple, "
                               "predict-output, try-code"),
                             type);
    }
  else
    {
      _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (question), "type"),
                             DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                             _("question type '%s' is not one of single, multiple, "
                               "predict-output, write-code"),
                             type);
    }
}

static void
check_quiz (DojoPack     *pack,
            DojoPackItem *item,
            GPtrArray    *problems)
{
  static const char * const known[] = {
    "title", "pass_mark", "draw", "questions", "tutor_prompt", NULL
  };
  const char *root = _dojo_pack_get_root (pack);
  const char *path = dojo_pack_item_get_path (item);
  g_autofree char *relpath = NULL;
  g_autofree char *base_dir = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(DojoJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  DojoPackCtx ctx = { problems, NULL, NULL };
  JsonArray *questions;
  JsonNode *quiz, *draw;
  guint line = 0;
  guint n_always = 0;
  guint n;

  relpath = g_str_has_suffix (path, ".json") ? g_strdup (path)
                                              : g_strconcat (path, "/quiz.json", NULL);
  base_dir = dirname_in_pack (relpath);
  ctx.file = relpath;

  doc = _dojo_pack_read_json (root, relpath, DOJO_PACK_MAX_TEXT_SIZE, &line, &error);
  if (doc == NULL)
    {
      _dojo_pack_report_error (problems, error, line ? relpath : "manifest.json",
                               line ? line : item->path_line);
      return;
    }

  ctx.doc = doc;
  quiz = _dojo_json_doc_get_root (doc);
  if (!JSON_NODE_HOLDS_OBJECT (quiz))
    {
      _dojo_pack_ctx_report (&ctx, quiz, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                             _("a quiz holds an object {\"title\": …, \"questions\": […]}"));
      return;
    }

  _dojo_pack_ctx_known_members (&ctx, quiz, known);
  _dojo_pack_ctx_string (&ctx, quiz, "title", TRUE);
  _dojo_pack_ctx_int (&ctx, quiz, "pass_mark", FALSE, 0, 100, NULL);
  _dojo_pack_ctx_string (&ctx, quiz, "tutor_prompt", FALSE);

  questions = nonempty_array_member (&ctx, quiz, "questions", TRUE,
                                     _("'questions' is empty; a quiz needs at least one "
                                       "question"));
  if (questions == NULL)
    return;

  n = json_array_get_length (questions);
  _dojo_pack_ctx_int (&ctx, quiz, "draw", FALSE, 1, n, NULL);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *question = json_array_get_element (questions, i);

      check_question (pack, &ctx, base_dir, question, ids, FALSE);
      if (JSON_NODE_HOLDS_OBJECT (question) &&
          json_object_get_boolean_member_with_default (json_node_get_object (question),
                                                       "always", FALSE))
        n_always++;
    }

  /* An attempt asks every "always" question: a smaller draw cannot hold
   * them, and the attempt would be longer than the teacher wrote. */
  draw = json_object_get_member (json_node_get_object (quiz), "draw");
  if (draw != NULL && JSON_NODE_HOLDS_VALUE (draw) &&
      json_node_get_value_type (draw) == G_TYPE_INT64 &&
      json_node_get_int (draw) < n_always)
    _dojo_pack_ctx_report (&ctx, draw, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "'draw' is %d, but %u question is marked 'always': "
                                        "every attempt asks it, so draw at least %u",
                                        "'draw' is %d, but %u questions are marked 'always': "
                                        "every attempt asks them, so draw at least %u",
                                        n_always),
                           (int)json_node_get_int (draw), n_always, n_always);
}

/* The `question` blocks of a lesson: each one question of a quiz, at the
 * lesson's lines. */
static void
check_lesson_questions (DojoPack   *pack,
                        const char *path,
                        GPtrArray  *problems)
{
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *text = NULL;
  g_autofree char *base_dir = NULL;
  gsize len = 0;

  /* a file that cannot be read was reported by check_markdown_file() */
  if (!_dojo_pack_read_text (_dojo_pack_get_root (pack), path, DOJO_PACK_MAX_TEXT_SIZE,
                             &text, &len, NULL) ||
      !g_utf8_validate_len (text, len, NULL))
    return;

  base_dir = dirname_in_pack (path);
  blocks = _dojo_lesson_find_questions (text, len);
  /* the ids are kept in their documents until every block is checked */
  docs = g_ptr_array_new_with_free_func ((GDestroyNotify)_dojo_json_doc_free);

  for (guint i = 0; i < blocks->len; i++)
    {
      DojoQuestionBlock *block = g_ptr_array_index (blocks, i);
      DojoPackCtx ctx = { problems, NULL, path, block->first_line - 1 };
      g_autoptr(GError) error = NULL;
      g_autoptr(DojoQuiz) quiz = NULL;
      guint error_line = 0;
      guint n_problems;
      DojoJsonDoc *doc;

      if (i == DOJO_QUIZ_MAX_LESSON_QUESTIONS)
        {
          _dojo_pack_report (problems, path, block->fence_line, DOJO_PACK_SEVERITY_ERROR,
                             DOJO_PACK_ERROR_TOO_LARGE,
                             _("a lesson may ask at most %u questions; move the rest to "
                               "a quiz or another lesson"),
                             DOJO_QUIZ_MAX_LESSON_QUESTIONS);
          break;
        }

      if (block->too_large)
        {
          _dojo_pack_report (problems, path, block->fence_line, DOJO_PACK_SEVERITY_ERROR,
                             DOJO_PACK_ERROR_TOO_LARGE,
                             _("the question is larger than %u KiB"),
                             DOJO_QUIZ_MAX_QUESTION_SIZE / 1024);
          continue;
        }

      doc = _dojo_json_doc_parse (block->json->str, block->json->len, &error_line, &error);
      if (doc == NULL)
        {
          _dojo_pack_report (problems, path,
                             error_line > 0 ? block->first_line - 1 + error_line
                                            : block->fence_line,
                             DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_JSON,
                             _("the question is not valid JSON: %s"), error->message);
          continue;
        }
      g_ptr_array_add (docs, doc);
      ctx.doc = doc;

      n_problems = problems->len;
      check_question (pack, &ctx, base_dir, _dojo_json_doc_get_root (doc), ids, TRUE);

      /* What the app shows is what the quiz parser reads: nothing the checks
       * above let through may be refused there. */
      if (problems->len == n_problems &&
          !(quiz = dojo_quiz_new_from_question (_dojo_json_doc_get_root (doc), "lesson",
                                                &error)))
        _dojo_pack_report (problems, path, block->fence_line, DOJO_PACK_SEVERITY_ERROR,
                           DOJO_PACK_ERROR_INVALID_VALUE, "%s", error->message);
    }
}

/* The whole pack ------------------------------------------------------- */

/* All a lesson's project surely holds: the app opens a lesson with main.py. */
static GHashTable *
lesson_files_new (void)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_hash_table_add (files, g_strdup ("main.py"));
  return files;
}

static void
check_lesson (DojoPack     *pack,
              DojoPackItem *item,
              GPtrArray    *problems,
              GHashTable   *markdown_files)
{
  const char *path = dojo_pack_item_get_path (item);
  GHashTable *project_files = lesson_files_new ();
  /* a file several items show asks its questions once */
  gboolean first_time = !g_hash_table_contains (markdown_files, path);

  g_hash_table_insert (markdown_files, g_strdup (path), project_files);

  if (!g_str_has_suffix (path, ".md"))
    _dojo_pack_report (problems, "manifest.json", item->path_line, DOJO_PACK_SEVERITY_WARNING,
                       DOJO_PACK_ERROR_INVALID_VALUE,
                       _("lesson '%s' should be a Markdown file ending in .md"), path);

  check_markdown_file (problems, _dojo_pack_get_root (pack), path, "manifest.json",
                       item->path_line, project_files);
  if (first_time)
    check_lesson_questions (pack, path, problems);
}

static void
check_introduced_once (DojoPack  *pack,
                       GPtrArray *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < dojo_pack_get_n_phases (pack); i++)
    {
      DojoPackPhase *phase = dojo_pack_get_phase (pack, i);
      const char * const *introduces = dojo_pack_phase_get_introduces (phase);

      for (guint k = 0; introduces[k]; k++)
        if (!g_hash_table_insert (seen, (gpointer)introduces[k], phase->title))
          _dojo_pack_report (problems, "manifest.json", phase->line, DOJO_PACK_SEVERITY_WARNING,
                             DOJO_PACK_ERROR_INVALID_VALUE,
                             _("'%s' is introduced again; it was already introduced in '%s'"),
                             introduces[k],
                             (const char *)g_hash_table_lookup (seen, introduces[k]));

      for (guint j = 0; j < phase->items->len; j++)
        {
          DojoPackItem *item = g_ptr_array_index (phase->items, j);

          introduces = dojo_pack_item_get_introduces (item);
          for (guint k = 0; introduces[k]; k++)
            {
              const char *first = g_hash_table_lookup (seen, introduces[k]);

              if (first != NULL)
                _dojo_pack_report (problems, "manifest.json", item->line,
                                   DOJO_PACK_SEVERITY_WARNING, DOJO_PACK_ERROR_INVALID_VALUE,
                                   _("'%s' is introduced again; it was already "
                                     "introduced in '%s'"),
                                   introduces[k], first);
              else
                g_hash_table_insert (seen, (gpointer)introduces[k], item->title);
            }
        }
    }
}

static void
check_translation_files (DojoPack   *pack,
                         GPtrArray  *problems,
                         GHashTable *markdown_files,
                         const char *lang,
                         const char *subdir,
                         guint       depth)
{
  const char *root = _dojo_pack_get_root (pack);
  g_autofree char *dir_rel = g_build_filename ("i18n", lang, subdir, NULL);
  g_autofree char *dir_path = g_build_filename (root, dir_rel, NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (depth > 16 || !(dir = g_dir_open (dir_path, 0, NULL)))
    return;

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *rel = subdir[0] ? g_strconcat (subdir, "/", name, NULL) : g_strdup (name);
      g_autofree char *override = g_strconcat (dir_rel, "/", name, NULL);
      g_autofree char *original = NULL;
      g_autofree char *real = NULL;
      g_autoptr(GError) error = NULL;
      GStatBuf st;

      if (depth == 0 && g_str_equal (name, "strings.json"))
        continue;

      if (!(real = _dojo_pack_locate (root, override, &error)))
        {
          _dojo_pack_report_error (problems, error, override, 0);
          continue;
        }

      if (g_stat (real, &st) == 0 && S_ISDIR (st.st_mode))
        {
          check_translation_files (pack, problems, markdown_files, lang, rel, depth + 1);
          continue;
        }

      if (!(original = _dojo_pack_locate (root, rel, NULL)))
        _dojo_pack_report (problems, override, 0, DOJO_PACK_SEVERITY_WARNING,
                           DOJO_PACK_ERROR_MISSING_FILE,
                           _("this translation replaces '%s', which the pack does not have"),
                           rel);

      /* A translation's links open the same project as the original's. */
      if (g_str_has_suffix (name, ".md"))
        check_markdown_file (problems, root, override, override, 0,
                             g_hash_table_lookup (markdown_files, rel));
    }
}

static void
check_translations (DojoPack   *pack,
                    GPtrArray  *problems,
                    GHashTable *markdown_files)
{
  g_autofree char *i18n = g_build_filename (_dojo_pack_get_root (pack), "i18n", NULL);
  g_autoptr(GDir) dir = g_dir_open (i18n, 0, NULL);
  const char *lang;

  if (dir == NULL)
    return;

  while ((lang = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (i18n, lang, NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_DIR))
        continue;

      _dojo_pack_check_strings (pack, lang, problems, FALSE);
      check_translation_files (pack, problems, markdown_files, lang, "", 0);
    }
}

/* Compiles every piece of Python in one process of the system's Python:
 * compile() only, so no code of the pack runs (nothing is imported or
 * executed; -I -S keep the user's and the site's settings out). Reads a
 * JSON list of jobs on stdin, prints a JSON list of what it found: the
 * errors and warnings, and which jobs define a function. */
static const char compile_script[] =
  "import ast, json, sys, warnings\n"
  "found = []\n"
  "for i, job in enumerate(json.load(sys.stdin)):\n"
  "    try:\n"
  "        if 'path' in job:\n"
  "            with open(job['path'], 'rb') as f:\n"
  "                source = f.read()\n"
  "        else:\n"
  "            source = job['source']\n"
  "        with warnings.catch_warnings(record=True) as caught:\n"
  "            warnings.simplefilter('always')\n"
  "            compile(source, job['name'], 'exec', dont_inherit=True)\n"
  "        for w in caught:\n"
  "            found.append({'job': i, 'error': False, 'line': w.lineno or 0,\n"
  "                          'message': str(w.message)})\n"
  "        with warnings.catch_warnings():\n"
  "            warnings.simplefilter('ignore')\n"
  "            tree = ast.parse(source, job['name'])\n"
  "        if any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))\n"
  "               for node in ast.walk(tree)):\n"
  "            found.append({'job': i, 'defines': True})\n"
  "    except SyntaxError as exc:\n"
  "        found.append({'job': i, 'error': True, 'line': exc.lineno or 0,\n"
  "                      'message': exc.msg or str(exc)})\n"
  "    except Exception as exc:\n"
  "        found.append({'job': i, 'error': True, 'line': 0,\n"
  "                      'message': type(exc).__name__ + ': ' + str(exc)})\n"
  "json.dump(found, sys.stdout)\n";

static char *
find_python (void)
{
  const char *env = g_getenv ("DOJO_PYTHON");

  return env != NULL && env[0] != '\0' ? g_strdup (env) : g_find_program_in_path ("python3");
}

static void
report_python (GPtrArray  *problems,
               PySource   *py,
               gboolean    error,
               guint       line,
               const char *message)
{
  DojoPackSeverity severity = error ? DOJO_PACK_SEVERITY_ERROR : DOJO_PACK_SEVERITY_WARNING;

  if (py->source != NULL)
    _dojo_pack_report (problems, py->file, py->line, severity, DOJO_PACK_ERROR_INVALID_VALUE,
                       error ? _("starter file '%s', line %u: Python cannot read it: %s")
                             : _("starter file '%s', line %u: %s"),
                       py->name, line, message);
  else
    _dojo_pack_report (problems, py->file, line, severity, DOJO_PACK_ERROR_INVALID_VALUE,
                       error ? _("Python cannot read this file: %s") : "%s", message);
}

/* Compiles @py_sources, reporting what Python finds; adds the files (not
 * the JSON strings) that define a function to @defines. */
static void
compile_python (GPtrArray  *problems,
                GPtrArray  *py_sources,
                GHashTable *defines)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) jobs = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *python = NULL;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  JsonNode *root;

  if (py_sources->len == 0)
    return;

  if (!(python = find_python ()))
    {
      _dojo_pack_report (problems, "manifest.json", 0, DOJO_PACK_SEVERITY_WARNING,
                         DOJO_PACK_ERROR_FAILED,
                         _("python3 is not installed, so the pack's Python files were not "
                           "compiled; install it to find syntax errors"));
      return;
    }

  json_builder_begin_array (builder);
  for (guint i = 0; i < py_sources->len; i++)
    {
      PySource *py = g_ptr_array_index (py_sources, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, py->name ? py->name : py->file);
      json_builder_set_member_name (builder, py->path ? "path" : "source");
      json_builder_add_string_value (builder, py->path ? py->path : py->source);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  jobs = json_builder_get_root (builder);
  json_generator_set_root (generator, jobs);
  input = json_generator_to_data (generator, NULL);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                              G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              python, "-I", "-S", "-c", compile_script, NULL);
  if (process == NULL ||
      !g_subprocess_communicate_utf8 (process, input, NULL, &output, &errors, &error) ||
      !g_subprocess_get_successful (process) ||
      !json_parser_load_from_data (parser, output, -1, &error) ||
      !JSON_NODE_HOLDS_ARRAY (root = json_parser_get_root (parser)))
    {
      _dojo_pack_report (problems, "manifest.json", 0, DOJO_PACK_SEVERITY_WARNING,
                         DOJO_PACK_ERROR_FAILED,
                         _("the pack's Python files could not be compiled with %s: %s"),
                         python,
                         error != NULL ? error->message
                                       : (errors != NULL && errors[0] ? g_strstrip (errors)
                                                                      : _("it failed")));
      return;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (root)); i++)
    {
      JsonObject *found = json_array_get_object_element (json_node_get_array (root), i);
      gint64 job = found ? json_object_get_int_member_with_default (found, "job", -1) : -1;

      if (job < 0 || job >= py_sources->len)
        continue;
      if (json_object_get_boolean_member_with_default (found, "defines", FALSE))
        {
          PySource *py = g_ptr_array_index (py_sources, job);

          if (py->source == NULL)
            g_hash_table_add (defines, py->file);
          continue;
        }
      report_python (problems, g_ptr_array_index (py_sources, job),
                     json_object_get_boolean_member_with_default (found, "error", TRUE),
                     (guint)CLAMP (json_object_get_int_member_with_default (found, "line", 0),
                                   0, G_MAXUINT),
                     json_object_get_string_member_with_default (found, "message", ""));
    }
}

/* Warns about every exercise of @untyped whose solution (the file, or a
 * file in the folder) is in @defines: the learner writes a function there,
 * and no check looks at its type hints. */
static void
warn_untyped (GPtrArray  *problems,
              GPtrArray  *untyped,
              GHashTable *defines)
{
  /* Once per exercise.json, though several items may share it. */
  g_autoptr(GHashTable) warned = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < untyped->len; i++)
    {
      Untyped *exercise = g_ptr_array_index (untyped, i);
      g_autofree char *solution = g_canonicalize_filename (exercise->solution, "/");
      g_autofree char *folder = g_strconcat (solution, "/", NULL);
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
      GHashTableIter iter;
      const char *first;
      gpointer file;

      g_hash_table_iter_init (&iter, defines);
      while (g_hash_table_iter_next (&iter, &file, NULL))
        {
          g_autofree char *path = g_canonicalize_filename (file, "/");

          if (g_str_equal (path, solution) || g_str_has_prefix (path, folder))
            g_ptr_array_add (files, g_strdup (file));
        }
      if (files->len == 0 || !g_hash_table_add (warned, exercise->file))
        continue;

      /* Named as in exercise.json: relative to the exercise's folder. */
      g_ptr_array_sort_with_data (files, compare_strings, NULL);
      first = g_ptr_array_index (files, 0);
      if (g_str_has_prefix (first, exercise->folder) && first[strlen (exercise->folder)] == '/')
        first += strlen (exercise->folder) + 1;
      _dojo_pack_report (problems, exercise->file, exercise->line, DOJO_PACK_SEVERITY_WARNING,
                         DOJO_PACK_ERROR_MISSING_FIELD,
                         /* Translators: %s is a file of the solution, "solution/main.py" */
                         _("the solution defines a function (in %s) but no check looks at its "
                           "type hints; add {\"type\": \"type-check\"} to its checks"),
                         first);
    }
}

/* Every .py file in the pack's folder, whether an exercise names it or not
 * (tests, starters, solutions, helpers). Links are not followed. */
static void
collect_python_files (const char *root,
                      const char *relpath,
                      guint       depth,
                      GPtrArray  *py_sources)
{
  g_autofree char *dir_path = relpath ? g_build_filename (root, relpath, NULL) : g_strdup (root);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (depth > 32 || !(dir = g_dir_open (dir_path, 0, NULL)))
    return;

  while ((name = g_dir_read_name (dir)) && py_sources->len < DOJO_PACK_MAX_PROBLEMS * 10)
    {
      g_autofree char *child = relpath ? g_strconcat (relpath, "/", name, NULL) : g_strdup (name);
      g_autofree char *path = g_build_filename (root, child, NULL);
      GStatBuf st;

      if (g_str_equal (name, ".git") || g_str_equal (name, "__pycache__") ||
          g_lstat (path, &st) != 0)
        continue;
      if (S_ISDIR (st.st_mode))
        collect_python_files (root, child, depth + 1, py_sources);
      else if (S_ISREG (st.st_mode) && g_str_has_suffix (name, ".py") &&
               (gsize)st.st_size <= DOJO_PACK_MAX_TEXT_SIZE)
        g_ptr_array_add (py_sources, py_source_new (child, 0, NULL, path, NULL));
    }
}

/* Packages ------------------------------------------------------------- */

/* Returns: (transfer full): the names of the Python packages this Dojo
 *   provides (data/harness/packages.json, installed next to the harness) */
static GHashTable *
provided_packages_new (GPtrArray *problems)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *harness = dojo_paths_get_harness_dir ();
  g_autofree char *path = g_build_filename (harness, "packages.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root, *packages;

  /* Not the pack's fault: Dojo itself is not installed completely. Said
   * once, rather than as "pytest is not provided" at every check. */
  if (!json_parser_load_from_mapped_file (parser, path, &error))
    {
      _dojo_pack_report (problems, "manifest.json", 0, DOJO_PACK_SEVERITY_ERROR,
                         DOJO_PACK_ERROR_MISSING_FILE,
                         _("Dojo's list of the Python packages it provides cannot be read "
                           "(%s): %s; Dojo is not installed completely, so packages cannot "
                           "be checked"), path, error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !(packages = json_object_get_member (json_node_get_object (root), "packages")) ||
      !JSON_NODE_HOLDS_OBJECT (packages))
    return names;

  {
    g_autoptr(GList) members = json_object_get_members (json_node_get_object (packages));

    for (GList *l = members; l != NULL; l = l->next)
      g_hash_table_add (names, g_strdup (l->data));
  }

  return names;
}

/* The manifest's "packages": each one this Dojo provides, each once. */
static void
check_packages (DojoPack   *pack,
                GPtrArray  *problems,
                GHashTable *provided)
{
  g_autoptr(DojoJsonDoc) doc = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  DojoPackCtx ctx = { problems, NULL, "manifest.json" };
  JsonNode *node;
  JsonArray *packages;
  guint line = 0;

  doc = _dojo_pack_read_json (_dojo_pack_get_root (pack), "manifest.json",
                              DOJO_PACK_MAX_TEXT_SIZE, &line, NULL);
  if (doc == NULL || !JSON_NODE_HOLDS_OBJECT (_dojo_json_doc_get_root (doc)))
    return;
  ctx.doc = doc;

  node = json_object_get_member (json_node_get_object (_dojo_json_doc_get_root (doc)),
                                 "packages");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  packages = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (packages); i++)
    {
      JsonNode *element = json_array_get_element (packages, i);
      const char *name;

      /* (One that is not a string is reported by the manifest's reader.) */
      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        continue;

      name = json_node_get_string (element);
      if (!g_hash_table_add (seen, (gpointer)name))
        _dojo_pack_ctx_report (&ctx, element, DOJO_PACK_SEVERITY_WARNING,
                               DOJO_PACK_ERROR_INVALID_VALUE,
                               _("package '%s' is listed twice"), name);
      else if (!g_hash_table_contains (provided, name))
        {
          g_autofree const char **names =
            (const char **)g_hash_table_get_keys_as_array (provided, NULL);
          g_autofree char *list = NULL;

          g_qsort_with_data (names, g_hash_table_size (provided), sizeof (char *),
                             compare_strings, NULL);
          list = g_strjoinv (", ", (char **)names);
          _dojo_pack_ctx_report (&ctx, element, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_INVALID_VALUE,
                                 /* Translators: %2$s lists package names */
                                 _("this Dojo does not provide the Python package '%1$s'; it "
                                   "provides %2$s (see docs/pack-format.md)"),
                                 name, list[0] ? list : _("none"));
        }
    }
}

static void
validate_directory (GFile     *directory,
                    GPtrArray *problems)
{
  g_autoptr(DojoPack) pack = _dojo_pack_load_index (directory, NULL, TRUE, problems);
  g_autoptr(GHashTable) markdown_files = NULL;
  g_autoptr(GHashTable) provided = NULL;
  g_autoptr(GPtrArray) py_sources = NULL;
  g_autoptr(GPtrArray) untyped = NULL;
  g_autoptr(GHashTable) defines = NULL;

  if (pack == NULL)
    return;

  provided = provided_packages_new (problems);
  py_sources = g_ptr_array_new_with_free_func ((GDestroyNotify)py_source_free);
  untyped = g_ptr_array_new_with_free_func ((GDestroyNotify)untyped_free);
  /* Files of py_sources (which owns them) that define a function. */
  defines = g_hash_table_new (g_str_hash, g_str_equal);
  if (provided != NULL)
    check_packages (pack, problems, provided);

  /* Each Markdown file of a lesson or of instructions → the files its
   * project: links may name (for its translations too). */
  markdown_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify)g_hash_table_unref);

  for (guint i = 0; i < dojo_pack_get_n_items (pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (pack, i);

      switch (dojo_pack_item_get_item_type (item))
        {
        case DOJO_PACK_ITEM_LESSON:
          check_lesson (pack, item, problems, markdown_files);
          break;

        case DOJO_PACK_ITEM_EXERCISE:
        case DOJO_PACK_ITEM_PROJECT:
          check_exercise (pack, item, problems, markdown_files, py_sources, untyped,
                          provided);
          break;

        case DOJO_PACK_ITEM_QUIZ:
          check_quiz (pack, item, problems);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  check_introduced_once (pack, problems);
  check_translations (pack, problems, markdown_files);

  collect_python_files (_dojo_pack_get_root (pack), NULL, 0, py_sources);
  compile_python (problems, py_sources, defines);
  warn_untyped (problems, untyped, defines);
}

static DojoPackError
code_from_archive_error (const GError *error)
{
  if (error->domain != DOJO_ARCHIVE_ERROR)
    return DOJO_PACK_ERROR_FAILED;

  switch (error->code)
    {
    case DOJO_ARCHIVE_ERROR_UNSAFE_PATH:
    case DOJO_ARCHIVE_ERROR_LINK:
    case DOJO_ARCHIVE_ERROR_SPECIAL_FILE:
    case DOJO_ARCHIVE_ERROR_DUPLICATE:
      return DOJO_PACK_ERROR_UNSAFE_PATH;

    case DOJO_ARCHIVE_ERROR_TOO_LARGE:
    case DOJO_ARCHIVE_ERROR_ZIP_BOMB:
      return DOJO_PACK_ERROR_TOO_LARGE;

    case DOJO_ARCHIVE_ERROR_NOT_AN_ARCHIVE:
      return DOJO_PACK_ERROR_INVALID_VALUE;

    default:
      return DOJO_PACK_ERROR_FAILED;
    }
}

static void
validate_archive (GFile     *archive,
                  GPtrArray *problems)
{
  g_autofree char *basename = g_file_get_basename (archive);
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *dest_path = NULL;
  g_autoptr(GFile) dest = NULL;

  if (!(tmp = g_dir_make_tmp ("dojo-pack-XXXXXX", &error)))
    {
      _dojo_pack_report_error (problems, error, basename, 0);
      return;
    }

  dest_path = g_build_filename (tmp, "pack", NULL);
  dest = g_file_new_for_path (dest_path);

  if (dojo_archive_extract (archive, dest, NULL, &error))
    validate_directory (dest, problems);
  else
    _dojo_pack_report (problems, basename, 0, DOJO_PACK_SEVERITY_ERROR,
                       code_from_archive_error (error), "%s", error->message);

  _dojo_remove_tree (tmp);
}

/**
 * dojo_pack_validate:
 * @path: a pack's folder, or a .dojopack archive
 * @flags: #DojoPackValidateFlags
 * @problems: (out) (optional) (element-type DojoPackProblem) (transfer full):
 *   every problem found, errors and warnings, in file order
 *
 * Checks everything a pack must be: the manifest, every lesson (Markdown
 * without raw HTML, images inside the pack), every exercise and quiz, and
 * every translation. Unlike dojo_pack_load(), it goes on after the first
 * problem. An archive is unpacked into a temporary folder, removed after.
 * Blocking.
 *
 * Returns: %TRUE if the pack has no errors (and, with
 *   %DOJO_PACK_VALIDATE_WARNINGS_ARE_ERRORS, no warnings)
 */
gboolean
dojo_pack_validate (GFile                  *path,
                    DojoPackValidateFlags   flags,
                    GPtrArray             **problems)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *local = NULL;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (path), FALSE);

  found = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_pack_problem_free);
  local = g_file_get_path (path);

  if (local != NULL && g_file_test (local, G_FILE_TEST_IS_REGULAR))
    validate_archive (path, found);
  else
    validate_directory (path, found);

  ok = !_dojo_pack_problems_have_errors (found,
                                         (flags & DOJO_PACK_VALIDATE_WARNINGS_ARE_ERRORS) != 0);

  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return ok;
}
