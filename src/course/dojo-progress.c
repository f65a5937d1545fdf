/* dojo-progress.c: what a learner has seen, tried and passed
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-progress"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dojo-pack-json-private.h"
#include "dojo-progress.h"

/* One JSON file per learner, keyed by "pack-id/item-id", never by position,
 * so that a pack can reorder, add or remove items without losing anyone's
 * progress:
 *
 *   { "format": 1,
 *     "items": { "io.example.pack/loops-1": { "status": "passed",
 *                "attempts": 3, "hints_used": 1, "revision": 2,
 *                "passed_at": "2026-03-01T10:00:00Z",
 *                "quiz_best": 80, "quiz_last": 60 } },
 *     "last_items": { "io.example.pack": "loops-1" } }
 *
 * Writes are atomic and durable; before each write the previous good file is
 * kept as progress.json.bak. A damaged file is set aside, never deleted. */

#define PROGRESS_FORMAT   1
#define MAX_PROGRESS_SIZE (64 * 1024 * 1024)

typedef struct
{
  DojoProgressStatus status;
  guint              attempts;
  guint              hints_used;
  guint              revision;
  GDateTime         *passed_at;
  int                quiz_best;
  int                quiz_last;
} Entry;

struct _DojoProgress
{
  GObject     parent_instance;

  GFile      *file;
  char       *damaged_path;
  GHashTable *entries;    /* "pack/item" → Entry */
  GHashTable *last_items; /* pack id → item id */
};

G_DEFINE_FINAL_TYPE (DojoProgress, dojo_progress, G_TYPE_OBJECT)
G_DEFINE_QUARK (dojo-progress-error-quark, dojo_progress_error)

enum {
  PROP_0,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_names[] = { "none", "seen", "started", "passed" };

static void
entry_free (Entry *entry)
{
  g_clear_pointer (&entry->passed_at, g_date_time_unref);
  g_free (entry);
}

static Entry *
entry_new (void)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->quiz_best = -1;
  entry->quiz_last = -1;

  return entry;
}

static GHashTable *
new_entries (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)entry_free);
}

static GHashTable *
new_last_items (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static char *
make_key (const char *pack_id,
          const char *item_id)
{
  return g_strconcat (pack_id, "/", item_id, NULL);
}

static gboolean
get_uint (JsonObject *object,
          const char *name,
          guint      *value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64
      || json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXINT32)
    return FALSE;

  *value = json_node_get_int (node);
  return TRUE;
}

static gboolean
get_score (JsonObject *object,
           const char *name,
           int        *value)
{
  guint score = 0;

  if (!json_object_has_member (object, name))
    return TRUE;
  if (!get_uint (object, name, &score) || score > 100)
    return FALSE;

  *value = score;
  return TRUE;
}

static Entry *
parse_entry (JsonNode *node)
{
  Entry *entry = entry_new ();
  JsonObject *object;
  JsonNode *member;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    goto fail;
  object = json_node_get_object (node);

  member = json_object_get_member (object, "status");
  if (member == NULL || !JSON_NODE_HOLDS_VALUE (member)
      || json_node_get_value_type (member) != G_TYPE_STRING)
    goto fail;
  for (guint i = DOJO_PROGRESS_SEEN; i <= DOJO_PROGRESS_PASSED; i++)
    if (g_str_equal (json_node_get_string (member), status_names[i]))
      entry->status = i;
  if (entry->status == DOJO_PROGRESS_NONE)
    goto fail;

  ok = get_uint (object, "attempts", &entry->attempts)
       && get_uint (object, "hints_used", &entry->hints_used)
       && get_uint (object, "revision", &entry->revision)
       && get_score (object, "quiz_best", &entry->quiz_best)
       && get_score (object, "quiz_last", &entry->quiz_last);
  if (!ok)
    goto fail;

  if ((member = json_object_get_member (object, "passed_at")))
    {
      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_STRING
          || !(entry->passed_at = g_date_time_new_from_iso8601 (json_node_get_string (member),
                                                                 NULL)))
        goto fail;
    }

  return entry;

fail:
  entry_free (entry);
  return NULL;
}

/* Returns: whether @data is a whole, well-typed progress file. Anything
 * else (truncated, not JSON, wrong types) counts as damaged. */
static gboolean
parse_document (const char  *data,
                gsize        length,
                GHashTable **out_entries,
                GHashTable **out_last_items)
{
  g_autoptr(GHashTable) entries = new_entries ();
  g_autoptr(GHashTable) last_items = new_last_items ();
  g_autoptr(DojoJsonDoc) doc = NULL;
  JsonObject *root;
  JsonNode *node;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (!(doc = _dojo_json_doc_parse (data, length, NULL, NULL)))
    return FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (_dojo_json_doc_get_root (doc)))
    return FALSE;
  root = json_node_get_object (_dojo_json_doc_get_root (doc));

  node = json_object_get_member (root, "format");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64
      || json_node_get_int (node) != PROGRESS_FORMAT)
    return FALSE;

  node = json_object_get_member (root, "items");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &key, &value))
    {
      Entry *entry;

      if (strchr (key, '/') == NULL || !(entry = parse_entry (value)))
        return FALSE;
      g_hash_table_insert (entries, g_strdup (key), entry);
    }

  node = json_object_get_member (root, "last_items");
  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return FALSE;
      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &key, &value))
        {
          if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
            return FALSE;
          g_hash_table_insert (last_items, g_strdup (key), g_strdup (json_node_get_string (value)));
        }
    }

  if (out_entries != NULL)
    *out_entries = g_steal_pointer (&entries);
  if (out_last_items != NULL)
    *out_last_items = g_steal_pointer (&last_items);

  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Keys in sorted order, so that the file is stable and diffable. */
static GPtrArray *
sorted_keys (GHashTable *table)
{
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_strings);
  return keys;
}

static char *
serialize (DojoProgress *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) keys = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, PROGRESS_FORMAT);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_object (builder);
  keys = sorted_keys (self->entries);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      Entry *entry = g_hash_table_lookup (self->entries, key);

      json_builder_set_member_name (builder, key);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, status_names[entry->status]);
      json_builder_set_member_name (builder, "attempts");
      json_builder_add_int_value (builder, entry->attempts);
      json_builder_set_member_name (builder, "hints_used");
      json_builder_add_int_value (builder, entry->hints_used);
      if (entry->revision > 0)
        {
          json_builder_set_member_name (builder, "revision");
          json_builder_add_int_value (builder, entry->revision);
        }
      if (entry->passed_at != NULL)
        {
          g_autofree char *iso = g_date_time_format_iso8601 (entry->passed_at);

          json_builder_set_member_name (builder, "passed_at");
          json_builder_add_string_value (builder, iso);
        }
      if (entry->quiz_best >= 0)
        {
          json_builder_set_member_name (builder, "quiz_best");
          json_builder_add_int_value (builder, entry->quiz_best);
          json_builder_set_member_name (builder, "quiz_last");
          json_builder_add_int_value (builder, entry->quiz_last);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  g_clear_pointer (&keys, g_ptr_array_unref);

  json_builder_set_member_name (builder, "last_items");
  json_builder_begin_object (builder);
  keys = sorted_keys (self->last_items);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);

      json_builder_set_member_name (builder, key);
      json_builder_add_string_value (builder, g_hash_table_lookup (self->last_items, key));
    }
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

static gboolean
write_file (const char  *path,
            const char  *data,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_set_contents_full (path, data, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_set_error (error, DOJO_PROGRESS_ERROR, DOJO_PROGRESS_ERROR_FAILED,
                   _("Could not save your progress to %s: %s"), path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static char *
backup_path (DojoProgress *self)
{
  g_autofree char *path = g_file_get_path (self->file);

  return g_strconcat (path, ".bak", NULL);
}

static gboolean
read_small_file (const char  *path,
                 char       **data,
                 gsize       *length,
                 GError     **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  /* Too big to be ours: treat as damaged rather than read it all. */
  if (st.st_size > MAX_PROGRESS_SIZE)
    {
      *data = g_strdup ("");
      *length = 0;
      return TRUE;
    }

  return g_file_get_contents (path, data, length, error);
}

static void
dojo_progress_finalize (GObject *object)
{
  DojoProgress *self = (DojoProgress *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->damaged_path, g_free);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->last_items, g_hash_table_unref);

  G_OBJECT_CLASS (dojo_progress_parent_class)->finalize (object);
}

static void
dojo_progress_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DojoProgress *self = DOJO_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_progress_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DojoProgress *self = DOJO_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_progress_class_init (DojoProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_progress_finalize;
  object_class->get_property = dojo_progress_get_property;
  object_class->set_property = dojo_progress_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dojo_progress_init (DojoProgress *self)
{
  self->entries = new_entries ();
  self->last_items = new_last_items ();
}

/**
 * dojo_progress_new:
 *
 * Returns: (transfer full): the learner's progress, kept in
 *   `$XDG_DATA_HOME/dojo/progress.json`; empty until dojo_progress_load()
 */
DojoProgress *
dojo_progress_new (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "dojo", "progress.json",
                                            NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return dojo_progress_new_for_file (file);
}

DojoProgress *
dojo_progress_new_for_file (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (g_file_peek_path (file) != NULL, NULL);

  return g_object_new (DOJO_TYPE_PROGRESS, "file", file, NULL);
}

GFile *
dojo_progress_get_file (DojoProgress *self)
{
  g_return_val_if_fail (DOJO_IS_PROGRESS (self), NULL);

  return self->file;
}

/* Returns: (nullable): where the last load set a damaged file aside */
const char *
dojo_progress_get_damaged_path (DojoProgress *self)
{
  g_return_val_if_fail (DOJO_IS_PROGRESS (self), NULL);

  return self->damaged_path;
}

static char *
set_damaged_file_aside (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  g_autofree char *target = g_strdup_printf ("%s.damaged-%s", path, stamp);

  for (guint i = 1; g_file_test (target, G_FILE_TEST_EXISTS) && i < 1000; i++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.damaged-%s-%u", path, stamp, i);
    }

  if (g_rename (path, target) != 0)
    {
      int saved_errno = errno;

      g_warning ("Could not set damaged %s aside: %s", path, g_strerror (saved_errno));
      return NULL;
    }

  return g_steal_pointer (&target);
}

/**
 * dojo_progress_load:
 * @recovery: (out) (optional): whether the file was damaged, and what was
 *   done about it, so that the UI can tell the learner kindly
 *
 * Reads the progress file. A damaged file (truncated, not JSON, wrong
 * types) is renamed to `progress.json.damaged-<time>` (see
 * dojo_progress_get_damaged_path()), and the last good copy
 * (`progress.json.bak`) is used if there is one. Damage is not an error.
 *
 * Returns: %FALSE only if the file exists and cannot be read
 */
gboolean
dojo_progress_load (DojoProgress          *self,
                    DojoProgressRecovery  *recovery,
                    GError               **error)
{
  g_autofree char *path = NULL;
  g_autofree char *bak = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GHashTable) last_items = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (DOJO_IS_PROGRESS (self), FALSE);

  if (recovery != NULL)
    *recovery = DOJO_PROGRESS_RECOVERY_NONE;
  g_clear_pointer (&self->damaged_path, g_free);

  path = g_file_get_path (self->file);
  bak = backup_path (self);

  if (!read_small_file (path, &data, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          g_hash_table_remove_all (self->entries);
          g_hash_table_remove_all (self->last_items);
          return TRUE;
        }

      g_set_error (error, DOJO_PROGRESS_ERROR, DOJO_PROGRESS_ERROR_FAILED,
                   _("Could not read your progress: %s"), local_error->message);
      return FALSE;
    }

  if (parse_document (data, length, &entries, &last_items))
    goto done;

  g_clear_pointer (&data, g_free);
  self->damaged_path = set_damaged_file_aside (path);

  if (g_file_get_contents (bak, &data, &length, NULL)
      && parse_document (data, length, &entries, &last_items))
    {
      g_debug ("Progress file %s was damaged; recovered from %s", path, bak);
      if (recovery != NULL)
        *recovery = DOJO_PROGRESS_RECOVERY_FROM_BACKUP;
      /* Put the good copy back in place, so that the next start is clean. */
      write_file (path, data, NULL);
    }
  else
    {
      g_debug ("Progress file %s was damaged, and there is no good backup", path);
      entries = new_entries ();
      last_items = new_last_items ();
      if (recovery != NULL)
        *recovery = DOJO_PROGRESS_RECOVERY_RESET;
    }

done:
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->last_items, g_hash_table_unref);
  self->entries = g_steal_pointer (&entries);
  self->last_items = g_steal_pointer (&last_items);

  return TRUE;
}

/**
 * dojo_progress_save:
 *
 * Writes the progress atomically and durably. The file it replaces, if it
 * was good, becomes `progress.json.bak` first. Blocking, but small.
 */
gboolean
dojo_progress_save (DojoProgress  *self,
                    GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *bak = NULL;
  g_autofree char *old = NULL;
  g_autofree char *data = NULL;
  gsize old_length = 0;

  g_return_val_if_fail (DOJO_IS_PROGRESS (self), FALSE);

  path = g_file_get_path (self->file);
  dir = g_path_get_dirname (path);
  bak = backup_path (self);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, DOJO_PROGRESS_ERROR, DOJO_PROGRESS_ERROR_FAILED,
                   _("Could not save your progress to %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  /* Only a good file becomes the backup: never replace a good backup with
   * a damaged file. */
  if (g_file_get_contents (path, &old, &old_length, NULL)
      && parse_document (old, old_length, NULL, NULL)
      && !write_file (bak, old, error))
    return FALSE;

  data = serialize (self);

  return write_file (path, data, error);
}

static Entry *
lookup (DojoProgress *self,
        const char   *pack_id,
        const char   *item_id)
{
  g_autofree char *key = make_key (pack_id, item_id);

  return g_hash_table_lookup (self->entries, key);
}

static Entry *
ensure (DojoProgress *self,
        const char   *pack_id,
        const char   *item_id)
{
  g_autofree char *key = make_key (pack_id, item_id);
  Entry *entry = g_hash_table_lookup (self->entries, key);

  if (entry == NULL)
    {
      entry = entry_new ();
      entry->status = DOJO_PROGRESS_SEEN;
      g_hash_table_insert (self->entries, g_steal_pointer (&key), entry);
    }

  return entry;
}

#define CHECK_IDS(pack_id, item_id) \
  G_STMT_START { \
    g_return_if_fail (DOJO_IS_PROGRESS (self)); \
    g_return_if_fail (pack_id != NULL && strchr (pack_id, '/') == NULL); \
    g_return_if_fail (item_id != NULL && strchr (item_id, '/') == NULL); \
  } G_STMT_END

DojoProgressStatus
dojo_progress_get_status (DojoProgress *self,
                          const char   *pack_id,
                          const char   *item_id)
{
  Entry *entry;

  g_return_val_if_fail (DOJO_IS_PROGRESS (self), DOJO_PROGRESS_NONE);

  entry = lookup (self, pack_id, item_id);
  return entry ? entry->status : DOJO_PROGRESS_NONE;
}

void
dojo_progress_mark_seen (DojoProgress *self,
                         const char   *pack_id,
                         const char   *item_id)
{
  CHECK_IDS (pack_id, item_id);

  ensure (self, pack_id, item_id);
}

/* A check run: the item is started (unless already passed). */
void
dojo_progress_record_attempt (DojoProgress *self,
                              const char   *pack_id,
                              const char   *item_id)
{
  Entry *entry;

  CHECK_IDS (pack_id, item_id);

  entry = ensure (self, pack_id, item_id);
  entry->attempts++;
  entry->status = MAX (entry->status, DOJO_PROGRESS_STARTED);
}

void
dojo_progress_record_hint (DojoProgress *self,
                           const char   *pack_id,
                           const char   *item_id)
{
  Entry *entry;

  CHECK_IDS (pack_id, item_id);

  entry = ensure (self, pack_id, item_id);
  entry->hints_used++;
  entry->status = MAX (entry->status, DOJO_PROGRESS_STARTED);
}

/**
 * dojo_progress_mark_passed:
 * @revision: the exercise's `revision` that was passed (0 for lessons)
 *
 * Records a pass now. Passing again (say, a newer revision) updates the
 * revision and the time.
 */
void
dojo_progress_mark_passed (DojoProgress *self,
                           const char   *pack_id,
                           const char   *item_id,
                           guint         revision)
{
  Entry *entry;

  CHECK_IDS (pack_id, item_id);

  entry = ensure (self, pack_id, item_id);
  entry->status = DOJO_PROGRESS_PASSED;
  entry->revision = revision;
  g_clear_pointer (&entry->passed_at, g_date_time_unref);
  entry->passed_at = g_date_time_new_now_utc ();
}

guint
dojo_progress_get_attempts (DojoProgress *self,
                            const char   *pack_id,
                            const char   *item_id)
{
  Entry *entry;

  g_return_val_if_fail (DOJO_IS_PROGRESS (self), 0);

  entry = lookup (self, pack_id, item_id);
  return entry ? entry->attempts : 0;
}

guint
dojo_progress_get_hints_used (DojoProgress *self,
                              const char   *pack_id,
                              const char   *item_id)
{
  Entry *entry;

  g_return_val_if_fail (DOJO_IS_PROGRESS (self), 0);

  entry = lookup (self, pack_id, item_id);
  return entry ? entry->hints_used : 0;
}

/* Returns: (transfer none) (nullable): when the item was passed */
GDateTime *
dojo_progress_get_passed_at (DojoProgress *self,
                             const char   *pack_id,
                             const char   *item_id)
{
  Entry *entry;

  g_return_val_if_fail (DOJO_IS_PROGRESS (self), NULL);

  entry = lookup (self, pack_id, item_id);
  return entry ? entry->passed_at : NULL;
}

/* Returns: the exercise revision passed, 0 if none; an exercise whose
 *   revision is now higher may deserve a "changed since" note */
guint
dojo_progress_get_revision_passed (DojoProgress *self,
                                   const char   *pack_id,
                                   const char   *item_id)
{
  Entry *entry;

  g_return_val_if_fail (DOJO_IS_PROGRESS (self), 0);

  entry = lookup (self, pack_id, item_id);
  return entry ? entry->revision : 0;
}

/* @score: 0–100. Keeps the best and the last score. */
void
dojo_progress_record_quiz_score (DojoProgress *self,
                                 const char   *pack_id,
                                 const char   *item_id,
                                 guint         score)
{
  Entry *entry;

  CHECK_IDS (pack_id, item_id);
  g_return_if_fail (score <= 100);

  entry = ensure (self, pack_id, item_id);
  entry->quiz_last = score;
  entry->quiz_best = MAX (entry->quiz_best, (int)score);
  entry->status = MAX (entry->status, DOJO_PROGRESS_STARTED);
}

/* Returns: the best (or last) quiz score, or -1 if never taken */
int
dojo_progress_get_quiz_score (DojoProgress *self,
                              const char   *pack_id,
                              const char   *item_id,
                              gboolean      best)
{
  Entry *entry;

  g_return_val_if_fail (DOJO_IS_PROGRESS (self), -1);

  entry = lookup (self, pack_id, item_id);
  if (entry == NULL)
    return -1;

  return best ? entry->quiz_best : entry->quiz_last;
}

/* The item "Continue" opens. */
void
dojo_progress_set_last_item (DojoProgress *self,
                             const char   *pack_id,
                             const char   *item_id)
{
  CHECK_IDS (pack_id, item_id);

  g_hash_table_insert (self->last_items, g_strdup (pack_id), g_strdup (item_id));
}

/* Returns: (nullable): the id of the item the learner was last on. It may
 *   be gone from a newer version of the pack: look it up before use. */
const char *
dojo_progress_get_last_item (DojoProgress *self,
                             const char   *pack_id)
{
  g_return_val_if_fail (DOJO_IS_PROGRESS (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  return g_hash_table_lookup (self->last_items, pack_id);
}
