/* dojo-pack.c: a content pack: its index, its files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "dojo-pack-private.h"

typedef struct
{
  DojoPackGate gate;
  guint        position; /* index of the first item where it is allowed */
} Gate;

struct _DojoPack
{
  GObject      parent_instance;

  GFile       *directory;
  char        *root;          /* real path of directory */
  char        *translation;   /* the i18n/<translation>/ in use, or NULL */

  char        *id;
  char        *version;
  char        *title;
  char        *description;
  char        *language;
  char        *license;
  char        *min_app_version;
  char        *python;
  char       **authors;
  char       **packages;      /* Python packages beyond the standard library */

  GPtrArray   *phases;        /* DojoPackPhase */
  GPtrArray   *items;         /* DojoPackItem, in course order */
  GHashTable  *items_by_id;   /* id → DojoPackItem (unowned) */
  GHashTable  *phases_by_id;  /* id → DojoPackPhase (unowned) */
  GArray      *gates;         /* Gate, by position */
  gboolean     want_lines;    /* keep manifest lines of items, for validate */
};

G_DEFINE_FINAL_TYPE (DojoPack, dojo_pack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIRECTORY,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gsize manifest_limit = DOJO_PACK_MAX_MANIFEST_SIZE;

static const char * const manifest_members[] = {
  "format", "id", "version", "title", "description", "language", "authors", "license",
  "min_app_version", "python", "packages", "changelog", "phases",
  /* "student" in what `dojo-pack build --student` writes: grade refuses it. */
  "edition", NULL
};
static const char * const phase_members[] = {
  "id", "title", "summary", "introduces", "items", NULL
};
static const char * const item_members[] = {
  "id", "type", "title", "path", "introduces", NULL
};

/**
 * dojo_pack_is_valid_pack_id:
 * @id: a pack id
 *
 * Returns: %TRUE if @id is a reverse domain name in lower case, as a pack's
 *   id must be (`io.github.pydojo.python-roadmap`); such an id is also safe
 *   as a folder name.
 */
gboolean
dojo_pack_is_valid_pack_id (const char *id)
{
  guint parts = 0;

  g_return_val_if_fail (id != NULL, FALSE);

  if (strlen (id) > 255)
    return FALSE;

  for (const char *p = id; ; p++)
    {
      gsize len = strspn (p, "abcdefghijklmnopqrstuvwxyz0123456789-");

      if (len == 0 || p[0] == '-' || p[len - 1] == '-')
        return FALSE;
      if (parts == 0 && g_ascii_isdigit (p[0]))
        return FALSE;
      parts++;
      p += len;
      if (*p == '\0')
        break;
      if (*p != '.')
        return FALSE;
    }

  return parts >= 2;
}

/* BCP 47, loosely: a 2–3 letter language, then subtags ("en", "pt-BR",
 * "zh-Hant-TW"). */
static gboolean
is_language_tag (const char *tag)
{
  gsize len = strspn (tag, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

  if (len < 2 || len > 3)
    return FALSE;

  for (const char *p = tag + len; *p; )
    {
      if (*p != '-')
        return FALSE;
      p++;
      len = strspn (p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
      if (len < 1 || len > 8)
        return FALSE;
      p += len;
    }

  return TRUE;
}

/* An SPDX license expression, loosely: ids, AND/OR/WITH, parentheses. */
static gboolean
is_license_expression (const char *license)
{
  if (license[0] == '\0')
    return FALSE;

  for (const char *p = license; *p; p++)
    if (!g_ascii_isalnum (*p) && strchr (".-+() :", *p) == NULL)
      return FALSE;

  return TRUE;
}

/* "3.10" */
static gboolean
is_python_version (const char *version)
{
  gsize len = strspn (version, "0123456789");

  if (len == 0 || version[len] != '.')
    return FALSE;
  version += len + 1;
  len = strspn (version, "0123456789");

  return len > 0 && (version[len] == '\0'
                     || (version[len] == '.' && version[len + 1 + strspn (version + len + 1, "0123456789")] == '\0'));
}

static void
check_semver (DojoPackCtx *ctx,
              JsonNode    *object,
              const char  *member,
              const char  *value)
{
  if (value != NULL && !_dojo_pack_is_semver (value))
    _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (object), member),
                           DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                           _("'%s' is '%s'; write a version like '1.2.0' "
                             "(semantic versioning)"),
                           member, value);
}

static char **
parse_authors (DojoPackCtx *ctx,
               JsonNode    *manifest)
{
  JsonNode *node = _dojo_pack_ctx_member (ctx, manifest, "authors", JSON_NODE_ARRAY, TRUE);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  guint n;

  if (node == NULL)
    return NULL;

  array = json_node_get_array (node);
  n = json_array_get_length (array);

  if (n == 0)
    _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                           _("'authors' is empty; name at least one author"));

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        {
          g_strv_builder_add (builder, json_node_get_string (element));
        }
      else if (JSON_NODE_HOLDS_OBJECT (element))
        {
          static const char * const known[] = { "name", "email", "url", NULL };
          const char *name = _dojo_pack_ctx_string (ctx, element, "name", TRUE);
          const char *email = _dojo_pack_ctx_string (ctx, element, "email", FALSE);

          _dojo_pack_ctx_string (ctx, element, "url", FALSE);
          _dojo_pack_ctx_known_members (ctx, element, known);

          if (name != NULL && email != NULL)
            {
              g_autofree char *both = g_strdup_printf ("%s <%s>", name, email);

              g_strv_builder_add (builder, both);
            }
          else if (name != NULL)
            g_strv_builder_add (builder, name);
        }
      else
        {
          _dojo_pack_ctx_report (ctx, element, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("an author is a name, or an object "
                                   "{\"name\": …, \"email\": …}"));
        }
    }

  return g_strv_builder_end (builder);
}

/* The packages the pack's checks and code need beyond the standard
 * library.  Only the names are read here: whether Dojo provides them is
 * the validator's to say. */
static char **
parse_packages (DojoPackCtx *ctx,
                JsonNode    *manifest)
{
  JsonNode *node = _dojo_pack_ctx_member (ctx, manifest, "packages", JSON_NODE_ARRAY, FALSE);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (node == NULL)
    return g_strv_builder_end (builder);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
      else
        _dojo_pack_ctx_report (ctx, element, DOJO_PACK_SEVERITY_ERROR,
                               DOJO_PACK_ERROR_WRONG_TYPE,
                               _("a package is named by a string, such as \"pytest\""));
    }

  return g_strv_builder_end (builder);
}

static void
check_changelog (DojoPackCtx *ctx,
                 JsonNode    *manifest)
{
  static const char * const known[] = { "version", "date", "changes", NULL };
  JsonNode *node = _dojo_pack_ctx_member (ctx, manifest, "changelog", JSON_NODE_ARRAY, FALSE);
  JsonArray *array;

  if (node == NULL)
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *entry = json_array_get_element (array, i);
      JsonNode *changes;

      if (!JSON_NODE_HOLDS_OBJECT (entry))
        {
          _dojo_pack_ctx_report (ctx, entry, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("a changelog entry is an object "
                                   "{\"version\": …, \"changes\": […]}"));
          continue;
        }

      check_semver (ctx, entry, "version", _dojo_pack_ctx_string (ctx, entry, "version", TRUE));
      _dojo_pack_ctx_string (ctx, entry, "date", FALSE);
      _dojo_pack_ctx_known_members (ctx, entry, known);

      changes = json_object_get_member (json_node_get_object (entry), "changes");
      if (changes == NULL)
        _dojo_pack_ctx_report (ctx, entry, DOJO_PACK_SEVERITY_ERROR,
                               DOJO_PACK_ERROR_MISSING_FIELD,
                               _("'%s' is missing; it is required here"), "changes");
      else if (!(JSON_NODE_HOLDS_ARRAY (changes)
                 || (JSON_NODE_HOLDS_VALUE (changes)
                     && json_node_get_value_type (changes) == G_TYPE_STRING)))
        _dojo_pack_ctx_report (ctx, changes, DOJO_PACK_SEVERITY_ERROR,
                               DOJO_PACK_ERROR_WRONG_TYPE,
                               _("'changes' is a string or an array of strings"));
    }
}

static gboolean
check_unique_id (DojoPackCtx *ctx,
                 GHashTable  *seen,
                 JsonNode    *object,
                 const char  *id)
{
  JsonNode *first;

  if ((first = g_hash_table_lookup (seen, id)))
    {
      _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (object), "id"),
                             DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_DUPLICATE_ID,
                             _("id '%s' is already used on line %u; every phase and "
                               "item needs its own id"),
                             id, _dojo_pack_ctx_line (ctx, first));
      return FALSE;
    }

  /* The node, not its line: lines are looked up only when reporting. */
  g_hash_table_insert (seen, (gpointer)id, json_object_get_member (json_node_get_object (object), "id"));
  return TRUE;
}

static DojoPackItem *
parse_item (DojoPack    *self,
            DojoPackCtx *ctx,
            GHashTable  *seen,
            JsonNode    *node)
{
  g_autoptr(DojoPackItem) item = NULL;
  const char *id, *type, *title, *path;
  JsonNode *path_node;
  DojoPackItemType item_type = DOJO_PACK_ITEM_LESSON;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                             _("an item is an object {\"id\": …, \"type\": …, "
                               "\"title\": …, \"path\": …}"));
      return NULL;
    }

  id = _dojo_pack_ctx_id (ctx, node, "id", TRUE);
  type = _dojo_pack_ctx_string (ctx, node, "type", TRUE);
  title = _dojo_pack_ctx_string (ctx, node, "title", TRUE);
  path = _dojo_pack_ctx_string (ctx, node, "path", TRUE);
  path_node = json_object_get_member (json_node_get_object (node), "path");
  _dojo_pack_ctx_known_members (ctx, node, item_members);

  if (type != NULL && !dojo_pack_item_type_from_string (type, &item_type))
    {
      _dojo_pack_ctx_report (ctx, json_object_get_member (json_node_get_object (node), "type"),
                             DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                             _("type '%s' is not one of lesson, exercise, quiz, project"),
                             type);
      ok = FALSE;
    }

  if (path != NULL && !_dojo_pack_ctx_relpath (ctx, path_node, path))
    ok = FALSE;

  if (id == NULL || type == NULL || title == NULL || path == NULL || !ok)
    {
      /* Still claim the id, so that a later duplicate is reported. */
      if (id != NULL)
        check_unique_id (ctx, seen, node, id);
      g_strfreev (_dojo_pack_ctx_introduces (ctx, node));
      return NULL;
    }

  if (!check_unique_id (ctx, seen, node, id))
    return NULL;

  item = g_object_new (DOJO_TYPE_PACK_ITEM, NULL);
  item->id = g_strdup (id);
  item->type = item_type;
  item->title = g_strdup (title);
  item->path = g_strdup (path);
  item->introduces = _dojo_pack_ctx_introduces (ctx, node);
  /* Only validate needs these; looking lines up costs a sort. */
  if (self->want_lines)
    {
      item->line = _dojo_pack_ctx_line (ctx, node);
      item->path_line = _dojo_pack_ctx_line (ctx, path_node);
    }

  return g_steal_pointer (&item);
}

static void
parse_phases (DojoPack    *self,
              DojoPackCtx *ctx,
              JsonNode    *manifest)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *node = _dojo_pack_ctx_member (ctx, manifest, "phases", JSON_NODE_ARRAY, TRUE);
  JsonArray *phases;
  guint n_phases;
  gsize n_items = 0;

  if (node == NULL)
    return;

  phases = json_node_get_array (node);
  n_phases = json_array_get_length (phases);

  if (n_phases == 0)
    {
      _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                             _("'phases' is empty; a course needs at least one phase"));
      return;
    }

  /* Count first: a pack over the limit is refused before any per-item work. */
  n_items = n_phases;
  for (guint i = 0; i < n_phases; i++)
    {
      JsonNode *phase = json_array_get_element (phases, i);
      JsonNode *items;

      if (JSON_NODE_HOLDS_OBJECT (phase)
          && (items = json_object_get_member (json_node_get_object (phase), "items"))
          && JSON_NODE_HOLDS_ARRAY (items))
        n_items += json_array_get_length (json_node_get_array (items));
    }
  if (n_items > DOJO_PACK_MAX_ITEMS)
    {
      _dojo_pack_ctx_report (ctx, node, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_TOO_LARGE,
                             _("the pack has %zu phases and items; the "
                               "limit is %u: split it into several packs"),
                             (size_t)n_items, DOJO_PACK_MAX_ITEMS);
      return;
    }

  g_ptr_array_set_size (self->items, 0);

  for (guint i = 0; i < n_phases; i++)
    {
      JsonNode *phase_node = json_array_get_element (phases, i);
      g_autoptr(DojoPackPhase) phase = NULL;
      const char *id, *title, *summary;
      JsonNode *items_node;
      JsonArray *items;

      if (!JSON_NODE_HOLDS_OBJECT (phase_node))
        {
          _dojo_pack_ctx_report (ctx, phase_node, DOJO_PACK_SEVERITY_ERROR,
                                 DOJO_PACK_ERROR_WRONG_TYPE,
                                 _("a phase is an object {\"id\": …, \"title\": …, "
                                   "\"items\": […]}"));
          continue;
        }

      id = _dojo_pack_ctx_id (ctx, phase_node, "id", TRUE);
      title = _dojo_pack_ctx_string (ctx, phase_node, "title", TRUE);
      summary = _dojo_pack_ctx_string (ctx, phase_node, "summary", FALSE);
      items_node = _dojo_pack_ctx_member (ctx, phase_node, "items", JSON_NODE_ARRAY, TRUE);
      _dojo_pack_ctx_known_members (ctx, phase_node, phase_members);

      phase = g_object_new (DOJO_TYPE_PACK_PHASE, NULL);
      phase->id = g_strdup (id);
      phase->title = g_strdup (title);
      phase->summary = g_strdup (summary);
      phase->introduces = _dojo_pack_ctx_introduces (ctx, phase_node);
      phase->first_index = self->items->len;
      phase->line = self->want_lines ? _dojo_pack_ctx_line (ctx, phase_node) : 0;

      /* A phase with a bad id is kept (its items are real), but cannot be
       * looked up; the pack does not load anyway. */
      if (id != NULL && check_unique_id (ctx, seen, phase_node, id))
        g_hash_table_insert (self->phases_by_id, phase->id, phase);
      if (phase->id == NULL)
        phase->id = g_strdup ("");
      if (phase->title == NULL)
        phase->title = g_strdup ("");
      g_ptr_array_add (self->phases, g_object_ref (phase));

      if (items_node == NULL)
        continue;

      items = json_node_get_array (items_node);
      if (json_array_get_length (items) == 0)
        _dojo_pack_ctx_report (ctx, items_node, DOJO_PACK_SEVERITY_WARNING,
                               DOJO_PACK_ERROR_INVALID_VALUE,
                               _("phase '%s' has no items"), id ? id : "");

      for (guint j = 0; j < json_array_get_length (items); j++)
        {
          DojoPackItem *item = parse_item (self, ctx, seen, json_array_get_element (items, j));

          if (item == NULL)
            continue;

          item->phase = phase;
          item->index = self->items->len;
          g_ptr_array_add (phase->items, item);
          g_ptr_array_add (self->items, g_object_ref (item));
          g_hash_table_insert (self->items_by_id, item->id, item);
        }
    }
}

static void
add_gate (DojoPack   *self,
          const char *construct,
          guint       position,
          const char *id,
          const char *title)
{
  Gate gate = { { NULL, NULL, NULL }, 0 };

  /* The first introduction counts; introducing twice is harmless. */
  for (guint i = 0; i < self->gates->len; i++)
    if (g_str_equal (g_array_index (self->gates, Gate, i).gate.construct, construct))
      return;

  gate.gate.construct = g_intern_string (construct);
  gate.gate.introduced_by = id;
  gate.gate.title = title;
  gate.position = position;
  g_array_append_val (self->gates, gate);
}

/* Course order: a phase's constructs come before its first item's. */
static void
compute_gates (DojoPack *self)
{
  g_array_set_size (self->gates, 0);

  for (guint i = 0; i < self->phases->len; i++)
    {
      DojoPackPhase *phase = g_ptr_array_index (self->phases, i);

      for (guint k = 0; phase->introduces && phase->introduces[k]; k++)
        add_gate (self, phase->introduces[k], phase->first_index, phase->id, phase->title);

      for (guint j = 0; j < phase->items->len; j++)
        {
          DojoPackItem *item = g_ptr_array_index (phase->items, j);

          for (guint k = 0; item->introduces && item->introduces[k]; k++)
            add_gate (self, item->introduces[k], item->index, item->id, item->title);
        }
    }
}

static char *
choose_translation (const char *root,
                    const char *language)
{
  g_autofree char *locale = NULL;
  g_auto(GStrv) variants = NULL;

  if (language == NULL || language[0] == '\0')
    return NULL;

  /* Accept BCP 47 ("pt-BR") as well as POSIX locales ("pt_BR.UTF-8"). */
  locale = g_strdup (language);
  for (char *p = locale; *p && *p != '.' && *p != '@'; p++)
    if (*p == '-')
      *p = '_';

  variants = g_get_locale_variants (locale);
  for (guint i = 0; variants[i]; i++)
    {
      g_autofree char *dir = NULL;

      if (strchr (variants[i], '/') != NULL || variants[i][0] == '.')
        continue;

      dir = g_build_filename (root, "i18n", variants[i], NULL);
      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        return g_strdup (variants[i]);
    }

  return NULL;
}

static void
set_title (char       **title,
           DojoPackCtx *ctx,
           JsonNode    *value,
           const char  *id,
           gboolean     apply)
{
  if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING
      || json_node_get_string (value)[0] == '\0')
    {
      _dojo_pack_ctx_report (ctx, value, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                             _("the translation of '%s' must be a non-empty string"), id);
      return;
    }

  if (apply)
    {
      g_free (*title);
      *title = g_strdup (json_node_get_string (value));
    }
}

/* Checks i18n/@lang/strings.json and, if @apply, uses its titles. */
void
_dojo_pack_check_strings (DojoPack   *self,
                          const char *lang,
                          GPtrArray  *problems,
                          gboolean    apply)
{
  static const char * const known[] = { "pack", "phases", "items", NULL };
  g_autofree char *relpath = g_strdup_printf ("i18n/%s/strings.json", lang);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoJsonDoc) doc = NULL;
  DojoPackCtx ctx = { problems, NULL, relpath };
  JsonNode *root;
  JsonNode *section;
  guint line = 0;

  doc = _dojo_pack_read_json (self->root, relpath, DOJO_PACK_MAX_TEXT_SIZE, &line, &error);
  if (doc == NULL)
    {
      if (!g_error_matches (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_MISSING_FILE))
        _dojo_pack_report_error (problems, error, relpath, line);
      return;
    }

  ctx.doc = doc;
  root = _dojo_json_doc_get_root (doc);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      _dojo_pack_ctx_report (&ctx, root, DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_WRONG_TYPE,
                             _("strings.json holds an object {\"phases\": {…}, "
                               "\"items\": {…}}"));
      return;
    }
  _dojo_pack_ctx_known_members (&ctx, root, known);

  if ((section = _dojo_pack_ctx_member (&ctx, root, "pack", JSON_NODE_OBJECT, FALSE)))
    {
      static const char * const pack_known[] = { "title", "description", NULL };
      JsonNode *value;

      _dojo_pack_ctx_known_members (&ctx, section, pack_known);
      if ((value = json_object_get_member (json_node_get_object (section), "title")))
        set_title (&self->title, &ctx, value, "title", apply);
      if ((value = json_object_get_member (json_node_get_object (section), "description")))
        set_title (&self->description, &ctx, value, "description", apply);
    }

  for (guint s = 0; s < 2; s++)
    {
      const char *name = s == 0 ? "phases" : "items";
      GHashTable *table = s == 0 ? self->phases_by_id : self->items_by_id;
      JsonObjectIter iter;
      const char *id;
      JsonNode *value;

      if (!(section = _dojo_pack_ctx_member (&ctx, root, name, JSON_NODE_OBJECT, FALSE)))
        continue;

      json_object_iter_init (&iter, json_node_get_object (section));
      while (json_object_iter_next (&iter, &id, &value))
        {
          gpointer target = g_hash_table_lookup (table, id);

          if (target == NULL)
            {
              _dojo_pack_ctx_report (&ctx, value, DOJO_PACK_SEVERITY_WARNING,
                                     DOJO_PACK_ERROR_UNKNOWN_ID,
                                     s == 0
                                     ? _("the pack has no phase '%s'")
                                     : _("the pack has no item '%s'"),
                                     id);
              continue;
            }

          if (s == 0)
            set_title (&((DojoPackPhase *)target)->title, &ctx, value, id, apply);
          else
            set_title (&((DojoPackItem *)target)->title, &ctx, value, id, apply);
        }
    }
}

static void
dojo_pack_finalize (GObject *object)
{
  DojoPack *self = (DojoPack *)object;

  g_clear_object (&self->directory);
  g_clear_pointer (&self->root, g_free);
  g_clear_pointer (&self->translation, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->license, g_free);
  g_clear_pointer (&self->min_app_version, g_free);
  g_clear_pointer (&self->python, g_free);
  g_clear_pointer (&self->authors, g_strfreev);
  g_clear_pointer (&self->packages, g_strfreev);
  g_clear_pointer (&self->items_by_id, g_hash_table_unref);
  g_clear_pointer (&self->phases_by_id, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  g_clear_pointer (&self->gates, g_array_unref);

  G_OBJECT_CLASS (dojo_pack_parent_class)->finalize (object);
}

static void
dojo_pack_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DojoPack *self = DOJO_PACK (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_pack_class_init (DojoPackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_pack_finalize;
  object_class->get_property = dojo_pack_get_property;

  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dojo_pack_init (DojoPack *self)
{
  self->phases = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->items_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->phases_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->gates = g_array_new (FALSE, TRUE, sizeof (Gate));
}

/* For the benchmark only: to show how loading scales past what a 1 MiB
 * manifest can hold. Packs never get to change it. */
void
_dojo_pack_set_manifest_limit (gsize limit)
{
  manifest_limit = limit;
}

const char *
_dojo_pack_get_root (DojoPack *self)
{
  return self->root;
}

/* Reads the parsed manifest into @self, reporting every problem found into
 * @problems. FALSE if the manifest is not one this Dojo can read at all.
 * The loader and _dojo_pack_parse_manifest() share it. */
static gboolean
load_manifest (DojoPack    *self,
               DojoJsonDoc *doc,
               GPtrArray   *problems)
{
  DojoPackCtx ctx = { problems, doc, "manifest.json" };
  const char *min_app;
  JsonNode *manifest;
  gint64 format = 0;

  manifest = _dojo_json_doc_get_root (doc);
  if (!JSON_NODE_HOLDS_OBJECT (manifest))
    {
      _dojo_pack_ctx_report (&ctx, manifest, DOJO_PACK_SEVERITY_ERROR,
                             DOJO_PACK_ERROR_WRONG_TYPE,
                             _("manifest.json holds an object {\"format\": 1, …}"));
      return FALSE;
    }

  /* The format decides how to read the rest: check it first, alone. */
  if (!_dojo_pack_ctx_int (&ctx, manifest, "format", TRUE, G_MININT64, G_MAXINT64, &format))
    return FALSE;
  if (format != DOJO_PACK_FORMAT)
    {
      _dojo_pack_ctx_report (&ctx, json_object_get_member (json_node_get_object (manifest),
                                                           "format"),
                             DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_UNKNOWN_FORMAT,
                             format > DOJO_PACK_FORMAT
                             ? _("format %lld is newer than this Dojo "
                                 "reads (format %d); update Dojo to use this pack")
                             : _("format %lld does not exist; "
                                 "this Dojo reads format %d"),
                             (long long)format, DOJO_PACK_FORMAT);
      return FALSE;
    }

  _dojo_pack_ctx_known_members (&ctx, manifest, manifest_members);

  self->id = g_strdup (_dojo_pack_ctx_string (&ctx, manifest, "id", TRUE));
  if (self->id != NULL && !dojo_pack_is_valid_pack_id (self->id))
    _dojo_pack_ctx_report (&ctx, json_object_get_member (json_node_get_object (manifest), "id"),
                           DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_ID,
                           _("pack id '%s' must be a reverse domain name in lower case, "
                             "like 'io.github.teacher.python-basics'"),
                           self->id);

  self->version = g_strdup (_dojo_pack_ctx_string (&ctx, manifest, "version", TRUE));
  check_semver (&ctx, manifest, "version", self->version);
  self->title = g_strdup (_dojo_pack_ctx_string (&ctx, manifest, "title", TRUE));
  self->description = g_strdup (_dojo_pack_ctx_string (&ctx, manifest, "description", TRUE));

  self->language = g_strdup (_dojo_pack_ctx_string (&ctx, manifest, "language", TRUE));
  if (self->language != NULL && !is_language_tag (self->language))
    _dojo_pack_ctx_report (&ctx, json_object_get_member (json_node_get_object (manifest),
                                                         "language"),
                           DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                           _("language '%s' is not a language tag like 'en' or 'pt-BR'"),
                           self->language);

  self->authors = parse_authors (&ctx, manifest);
  self->packages = parse_packages (&ctx, manifest);

  self->license = g_strdup (_dojo_pack_ctx_string (&ctx, manifest, "license", TRUE));
  if (self->license != NULL && !is_license_expression (self->license))
    _dojo_pack_ctx_report (&ctx, json_object_get_member (json_node_get_object (manifest),
                                                         "license"),
                           DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                           _("license '%s' is not an SPDX expression like 'CC-BY-SA-4.0'"),
                           self->license);

  min_app = _dojo_pack_ctx_string (&ctx, manifest, "min_app_version", TRUE);
  self->min_app_version = g_strdup (min_app);
  check_semver (&ctx, manifest, "min_app_version", min_app);
  if (min_app != NULL && _dojo_pack_is_semver (min_app)
      && _dojo_pack_compare_versions (min_app, PACKAGE_VERSION) > 0)
    _dojo_pack_ctx_report (&ctx, json_object_get_member (json_node_get_object (manifest),
                                                         "min_app_version"),
                           DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_NEEDS_NEWER_APP,
                           _("the pack needs Dojo %s or newer; this is Dojo %s"),
                           min_app, PACKAGE_VERSION);

  self->python = g_strdup (_dojo_pack_ctx_string (&ctx, manifest, "python", TRUE));
  if (self->python != NULL && !is_python_version (self->python))
    _dojo_pack_ctx_report (&ctx, json_object_get_member (json_node_get_object (manifest),
                                                         "python"),
                           DOJO_PACK_SEVERITY_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                           _("python '%s' is not a version like '3.10'"), self->python);

  check_changelog (&ctx, manifest);
  parse_phases (self, &ctx, manifest);

  return TRUE;
}

/* Loads manifest.json (and the titles of the chosen translation), reporting
 * every problem found into @problems. Returns the pack as far as it could be
 * built, or NULL if the manifest could not be read at all. */
DojoPack *
_dojo_pack_load_index (GFile      *directory,
                       const char *language,
                       gboolean    want_lines,
                       GPtrArray  *problems)
{
  g_autoptr(DojoPack) self = NULL;
  g_autoptr(DojoJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (directory);
  guint line = 0;

  self = g_object_new (DOJO_TYPE_PACK, NULL);
  self->directory = g_object_ref (directory);
  self->want_lines = want_lines;

  if (path == NULL || !(self->root = realpath (path, NULL)))
    {
      _dojo_pack_report (problems, "manifest.json", 0, DOJO_PACK_SEVERITY_ERROR,
                         DOJO_PACK_ERROR_MISSING_FILE,
                         _("the pack's folder '%s' does not exist"),
                         path ? path : g_file_peek_path (directory));
      return NULL;
    }

  doc = _dojo_pack_read_json (self->root, "manifest.json", manifest_limit, &line, &error);
  if (doc == NULL)
    {
      if (g_error_matches (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_MISSING_FILE))
        _dojo_pack_report (problems, "manifest.json", 0, DOJO_PACK_SEVERITY_ERROR,
                           DOJO_PACK_ERROR_MISSING_FILE,
                           _("the pack has no manifest.json at its root; "
                             "is this the pack's folder?"));
      else
        _dojo_pack_report_error (problems, error, "manifest.json", line);
      return NULL;
    }

  if (!load_manifest (self, doc, problems))
    return NULL;

  self->translation = choose_translation (self->root, language);
  if (self->translation != NULL)
    {
      g_autoptr(GPtrArray) translation_problems =
        g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_pack_problem_free);

      /* A broken translation must not lock a learner out of the course:
       * fall back to the pack's own titles. `dojo-pack validate` reports it. */
      _dojo_pack_check_strings (self, self->translation, translation_problems, FALSE);
      if (!_dojo_pack_problems_have_errors (translation_problems, FALSE))
        _dojo_pack_check_strings (self, self->translation, NULL, TRUE);
      else
        g_debug ("%s: translation '%s' has errors; titles stay untranslated",
                 self->id, self->translation);
    }

  compute_gates (self);

  return g_steal_pointer (&self);
}

/* The manifest alone, from memory, as _dojo_pack_load_index() reads it (with
 * the lines validate keeps, but no folder and so no translation): for the
 * fuzzer (tests/fuzz/fuzz-manifest.c). Same size limit, same parser. */
DojoPack *
_dojo_pack_parse_manifest (const char *data,
                           gsize       length,
                           GPtrArray  *problems)
{
  g_autoptr(DojoPack) self = NULL;
  g_autoptr(DojoJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if (length > manifest_limit)
    {
      _dojo_pack_report (problems, "manifest.json", 0, DOJO_PACK_SEVERITY_ERROR,
                         DOJO_PACK_ERROR_TOO_LARGE,
                         _("manifest.json is too large; the limit is %zu bytes"),
                         (size_t)manifest_limit);
      return NULL;
    }

  self = g_object_new (DOJO_TYPE_PACK, NULL);
  self->want_lines = TRUE;

  if (!(doc = _dojo_json_doc_parse (data ? data : "", length, &line, &error)))
    {
      _dojo_pack_report_error (problems, error, "manifest.json", line);
      return NULL;
    }

  if (!load_manifest (self, doc, problems))
    return NULL;

  compute_gates (self);

  return g_steal_pointer (&self);
}

/**
 * dojo_pack_load:
 * @directory: the pack's folder (holding manifest.json)
 * @language: (nullable): the learner's language ("de_DE", "pt-BR"), or
 *   %NULL for the pack as written
 * @error: a #DOJO_PACK_ERROR, its message "file:line: what is wrong"
 *
 * Loads the pack's index: the manifest, and the titles of the translation
 * that best matches @language ("de_DE" falls back to "de", then to the pack
 * as written). Lesson bodies and exercises are read on demand. Blocking,
 * though fast: a 5,000-item index loads in a few milliseconds.
 *
 * A pack with any error (not warning) does not load; the error is the first
 * problem that dojo_pack_validate() would list.
 *
 * Returns: (transfer full): the pack, or %NULL
 */
DojoPack *
dojo_pack_load (GFile       *directory,
                const char  *language,
                GError     **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(DojoPack) self = NULL;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_pack_problem_free);
  self = _dojo_pack_load_index (directory, language, FALSE, problems);

  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == DOJO_PACK_SEVERITY_ERROR)
        {
          g_autofree char *message = dojo_pack_problem_to_string (problem);

          g_set_error_literal (error, DOJO_PACK_ERROR, problem->code, message);
          return NULL;
        }
    }

  g_assert (self != NULL);

  return g_steal_pointer (&self);
}

GFile *
dojo_pack_get_directory (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->directory;
}

/* Returns: the pack's id, e.g. "io.github.pydojo.python-roadmap" */
const char *
dojo_pack_get_id (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->id;
}

const char *
dojo_pack_get_version (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->version;
}

const char *
dojo_pack_get_title (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->title;
}

const char *
dojo_pack_get_description (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->description;
}

/* Returns: the language the pack is written in (its manifest's `language`) */
const char *
dojo_pack_get_language (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->language;
}

/* Returns: (nullable): the translation in use ("de"), or %NULL */
const char *
dojo_pack_get_translation (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->translation;
}

const char *
dojo_pack_get_license (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->license;
}

const char *
dojo_pack_get_min_app_version (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->min_app_version;
}

/* Returns: the oldest Python the pack's exercises work with, e.g. "3.10" */
const char *
dojo_pack_get_python (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->python;
}

/* Returns: the authors, as "Name" or "Name <email>" */
const char * const *
dojo_pack_get_authors (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return (const char * const *)self->authors;
}

/**
 * dojo_pack_get_packages:
 *
 * Returns: (transfer none): the Python packages the manifest's `packages`
 *   declares (`pytest`, …), empty when it declares none
 */
const char * const *
dojo_pack_get_packages (DojoPack *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);

  return self->packages != NULL ? (const char * const *)self->packages : none;
}

guint
dojo_pack_get_n_phases (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), 0);

  return self->phases->len;
}

DojoPackPhase *
dojo_pack_get_phase (DojoPack *self,
                     guint     position)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);
  g_return_val_if_fail (position < self->phases->len, NULL);

  return g_ptr_array_index (self->phases, position);
}

/* Returns: (transfer none) (nullable): the phase with @id */
DojoPackPhase *
dojo_pack_lookup_phase (DojoPack   *self,
                        const char *id)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->phases_by_id, id);
}

guint
dojo_pack_get_n_items (DojoPack *self)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), 0);

  return self->items->len;
}

/* Returns: (transfer none): the item at @index in course order */
DojoPackItem *
dojo_pack_get_item (DojoPack *self,
                    guint     index)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/* Returns: (transfer none) (nullable): the item with @id. Progress may name
 *   items that a newer version of the pack removed: expect %NULL. */
DojoPackItem *
dojo_pack_lookup_item (DojoPack   *self,
                       const char *id)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->items_by_id, id);
}

/* Returns: @item's position in course order, or -1 if it is not this pack's */
int
dojo_pack_get_item_index (DojoPack     *self,
                          DojoPackItem *item)
{
  g_return_val_if_fail (DOJO_IS_PACK (self), -1);
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (item), -1);

  if (item->index >= self->items->len || g_ptr_array_index (self->items, item->index) != item)
    return -1;

  return item->index;
}

/* Returns: (transfer none) (nullable): the item after @item in course
 *   order (across phases), or %NULL after the last one */
DojoPackItem *
dojo_pack_get_next_item (DojoPack     *self,
                         DojoPackItem *item)
{
  int index = dojo_pack_get_item_index (self, item);

  if (index < 0 || (guint)index + 1 >= self->items->len)
    return NULL;

  return g_ptr_array_index (self->items, index + 1);
}

DojoPackItem *
dojo_pack_get_previous_item (DojoPack     *self,
                             DojoPackItem *item)
{
  int index = dojo_pack_get_item_index (self, item);

  if (index <= 0)
    return NULL;

  return g_ptr_array_index (self->items, index - 1);
}

/**
 * dojo_pack_get_gated_constructs:
 * @item_id: an item of the pack
 *
 * The constructs that the pack introduces later than @item_id, so that the
 * checker can say "`for` loops come in 'Loops with for'; solve this with
 * while". A construct that the pack never introduces is never gated; one
 * introduced by a phase is allowed from that phase's first item on.
 *
 * Returns: (transfer container) (element-type DojoPackGate) (nullable): the
 *   gates, in course order, owned by the pack; %NULL if @item_id is unknown
 */
GPtrArray *
dojo_pack_get_gated_constructs (DojoPack   *self,
                                const char *item_id)
{
  DojoPackItem *item;
  GPtrArray *gated;

  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  if (!(item = g_hash_table_lookup (self->items_by_id, item_id)))
    return NULL;

  gated = g_ptr_array_new ();
  for (guint i = 0; i < self->gates->len; i++)
    {
      Gate *gate = &g_array_index (self->gates, Gate, i);

      if (gate->position > item->index)
        g_ptr_array_add (gated, &gate->gate);
    }

  return gated;
}

/**
 * dojo_pack_resolve:
 * @relpath: a '/'-separated path relative to the pack's root
 *
 * The one way to open a pack's file. Refuses absolute paths, "..", and
 * symbolic links that lead out of the pack (the real path is checked). When
 * the pack is loaded with a translation that has its own copy of @relpath
 * (under i18n/<lang>/), that copy is returned.
 *
 * Returns: (transfer full): the file, which exists; or %NULL with
 *   DOJO_PACK_ERROR_UNSAFE_PATH or _MISSING_FILE
 */
GFile *
dojo_pack_resolve (DojoPack    *self,
                   const char  *relpath,
                   GError     **error)
{
  g_autofree char *real = NULL;

  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);
  g_return_val_if_fail (relpath != NULL, NULL);

  if (!_dojo_pack_check_relpath (relpath, error))
    return NULL;

  if (self->translation != NULL)
    {
      g_autofree char *translated = g_build_filename ("i18n", self->translation, relpath, NULL);
      g_autoptr(GError) local_error = NULL;

      real = _dojo_pack_locate (self->root, translated, &local_error);
      if (real == NULL
          && !g_error_matches (local_error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_MISSING_FILE))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      /* A translation replaces files, never a folder: an exercise whose
       * instructions are translated still has its tests in its own
       * folder. */
      if (real != NULL && g_file_test (real, G_FILE_TEST_IS_DIR))
        g_clear_pointer (&real, g_free);
    }

  if (real == NULL && !(real = _dojo_pack_locate (self->root, relpath, error)))
    return NULL;

  return g_file_new_for_path (real);
}

/* The file that holds an item: the lesson's Markdown, an exercise's
 * exercise.json, a quiz's JSON file. */
static char *
item_main_file (DojoPackItem *item)
{
  switch (item->type)
    {
    case DOJO_PACK_ITEM_EXERCISE:
    case DOJO_PACK_ITEM_PROJECT:
      return g_strconcat (item->path, "/exercise.json", NULL);

    case DOJO_PACK_ITEM_QUIZ:
      if (g_str_has_suffix (item->path, ".json"))
        return g_strdup (item->path);
      return g_strconcat (item->path, "/quiz.json", NULL);

    case DOJO_PACK_ITEM_LESSON:
    default:
      return g_strdup (item->path);
    }
}

static char *
read_item_file (DojoPack      *self,
                DojoPackItem  *item,
                char         **out_relpath,
                gsize         *length,
                GError       **error)
{
  g_autofree char *relpath = item_main_file (item);
  g_autoptr(GFile) file = NULL;
  g_autofree char *real = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize root_len = strlen (self->root);

  if (!(file = dojo_pack_resolve (self, relpath, &local_error)))
    goto fail;

  /* Re-read through the checked path; relative to the root, so that the
   * size limit and the containment check are the same as everywhere. */
  real = g_file_get_path (file);
  if (!_dojo_pack_read_text (self->root, real + root_len + 1, DOJO_PACK_MAX_TEXT_SIZE,
                             &data, length, &local_error))
    goto fail;

  if (!g_utf8_validate_len (data, *length, NULL))
    {
      g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                   _("%s: the file is not valid UTF-8 text; save it as UTF-8"), relpath);
      return NULL;
    }

  *out_relpath = g_steal_pointer (&relpath);
  return g_steal_pointer (&data);

fail:
  g_set_error (error, DOJO_PACK_ERROR, local_error->code, "%s: %s",
               relpath, local_error->message);
  return NULL;
}

/**
 * dojo_pack_read_item_text:
 *
 * Reads the file that holds @item, translated if the pack has it in the
 * learner's language: a lesson's Markdown, an exercise's or project's
 * exercise.json, a quiz's JSON. Blocking; at most 1 MiB.
 *
 * Returns: (transfer full): UTF-8 text, or %NULL with a #DOJO_PACK_ERROR
 */
char *
dojo_pack_read_item_text (DojoPack      *self,
                          DojoPackItem  *item,
                          GError       **error)
{
  g_autofree char *relpath = NULL;
  gsize length = 0;

  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (item), NULL);

  return read_item_file (self, item, &relpath, &length, error);
}

/**
 * dojo_pack_read_item_json:
 *
 * Parses the JSON file of an exercise, project or quiz (see
 * dojo_pack_read_item_text()). The checker reads each check's object as the
 * pack gives it.
 *
 * Returns: (transfer full): the root node, or %NULL with a #DOJO_PACK_ERROR
 *   whose message is "file:line: what is wrong"
 */
JsonNode *
dojo_pack_read_item_json (DojoPack      *self,
                          DojoPackItem  *item,
                          GError       **error)
{
  g_autofree char *relpath = NULL;
  g_autofree char *data = NULL;
  g_autoptr(DojoJsonDoc) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  guint line = 0;

  g_return_val_if_fail (DOJO_IS_PACK (self), NULL);
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (item), NULL);

  if (item->type == DOJO_PACK_ITEM_LESSON)
    {
      g_set_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_INVALID_VALUE,
                   _("%s: a lesson is Markdown, not JSON"), item->path);
      return NULL;
    }

  if (!(data = read_item_file (self, item, &relpath, &length, error)))
    return NULL;

  if (!(doc = _dojo_json_doc_parse (data, length, &line, &local_error)))
    {
      g_set_error (error, DOJO_PACK_ERROR, local_error->code, "%s:%u: %s",
                   relpath, line, local_error->message);
      return NULL;
    }

  return json_node_ref (_dojo_json_doc_get_root (doc));
}
