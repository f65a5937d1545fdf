/* test-gating.c: the advice about constructs not taught yet names only
 * what the learner has reached, over the whole built-in course
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "dojo-gating.h"
#include "dojo-pack.h"

/* Words a message can name a construct by, in code (`…`) or in prose.
 * Kept apart from dojo-gating.c on purpose: the test reads the advice as a
 * learner would, not as the code that wrote it. */
static const struct
{
  const char *word;
  const char *construct;
  gboolean    code;
} words[] = {
  { "if", "if", TRUE }, { "elif", "if", TRUE }, { "else", "if", TRUE },
  { "while", "while", TRUE }, { "for", "for", TRUE },
  { "break", "break", TRUE }, { "continue", "continue", TRUE },
  { "def", "def", TRUE }, { "return", "return", TRUE }, { "lambda", "lambda", TRUE },
  { "class", "class", TRUE }, { "try", "try", TRUE }, { "except", "try", TRUE },
  { "raise", "raise", TRUE }, { "with", "with", TRUE }, { "import", "import", TRUE },
  { "yield", "generator", TRUE }, { "@", "decorator", TRUE }, { ":=", "walrus", TRUE },
  { "match", "match", TRUE }, { "global", "global", TRUE }, { "nonlocal", "nonlocal", TRUE },
  { "assert", "assert", TRUE }, { "async", "async", TRUE }, { "await", "async", TRUE },
  { "comprehension", "comprehension", FALSE }, { "f-string", "f-string", FALSE },
  { "generator", "generator", FALSE }, { "decorator", "decorator", FALSE },
  { "function", "def", FALSE }, { "class", "class", FALSE },
};

typedef struct
{
  DojoPack *pack;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *root = g_build_filename (g_getenv ("DOJO_CONTENT_DIR"), "python-roadmap",
                                            NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GError) error = NULL;

  f->pack = dojo_pack_load (dir, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->pack);
}

/* The constructs introduced up to @item (inclusive), by reading the pack's
 * order and `introduces` afresh. */
static GHashTable *
introduced_up_to (DojoPack     *pack,
                  DojoPackItem *item)
{
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint p = 0; p < dojo_pack_get_n_phases (pack); p++)
    {
      DojoPackPhase *phase = dojo_pack_get_phase (pack, p);
      const char * const *introduces = dojo_pack_phase_get_introduces (phase);

      for (guint k = 0; introduces != NULL && introduces[k]; k++)
        g_hash_table_add (seen, (char *)introduces[k]);
      for (guint i = 0; i < dojo_pack_phase_get_n_items (phase); i++)
        {
          DojoPackItem *at = dojo_pack_phase_get_item (phase, i);

          introduces = dojo_pack_item_get_introduces (at);
          for (guint k = 0; introduces != NULL && introduces[k]; k++)
            g_hash_table_add (seen, (char *)introduces[k]);
          if (at == item)
            return seen;
        }
    }
  g_assert_not_reached ();
}

/* Every construct the pack introduces anywhere. */
static GHashTable *
introduced_at_all (DojoPack *pack)
{
  DojoPackItem *last = dojo_pack_get_item (pack, dojo_pack_get_n_items (pack) - 1);

  return introduced_up_to (pack, last);
}

static gboolean
reached (GHashTable *introduced,
         GHashTable *all,
         const char *construct)
{
  return g_hash_table_contains (introduced, construct) || !g_hash_table_contains (all, construct);
}

static gboolean
in_strv (const char * const *strv,
         const char         *word)
{
  return strv != NULL && g_strv_contains (strv, word);
}

/* Fails if @text names a construct not reached (in code or in prose),
 * other than those in @used (the advice says what was used). */
static void
assert_names_only_reached (const char         *text,
                           GHashTable         *introduced,
                           GHashTable         *all,
                           const char * const *used,
                           const char         *where)
{
  g_auto(GStrv) spans = g_strsplit (text, "`", -1);

  for (guint s = 0; spans[s] != NULL; s++)
    {
      gboolean code = s % 2 == 1;
      g_autofree char *lower = g_utf8_strdown (spans[s], -1);
      g_auto(GStrv) tokens = g_strsplit_set (lower, " ,.;:()!?“”\"'", -1);

      for (guint t = 0; tokens[t] != NULL; t++)
        for (guint w = 0; w < G_N_ELEMENTS (words); w++)
          {
            const char *token = tokens[t];
            gboolean hit;

            if (words[w].code != code)
              continue;
            /* Prose: "loops" and "functions" count too. */
            hit = code ? (g_str_equal (token, words[w].word) ||
                          (words[w].word[0] == '@' && token[0] == '@'))
                       : g_str_has_prefix (token, words[w].word);
            if (code && g_str_equal (words[w].word, ":=") && strstr (spans[s], ":=") != NULL)
              hit = TRUE;
            if (!hit || in_strv (used, words[w].construct))
              continue;
            if (!reached (introduced, all, words[w].construct))
              g_error ("%s: the advice names “%s” (%s), not taught yet: %s",
                       where, token, words[w].construct, text);
          }

      /* "a loop" is a loop of some kind: one must be known. */
      if (!code && strstr (lower, "loop") != NULL &&
          !in_strv (used, "for") && !in_strv (used, "while") &&
          !reached (introduced, all, "for") && !reached (introduced, all, "while"))
        g_error ("%s: the advice speaks of a loop before loops: %s", where, text);
    }
}

static void
check_advice (DojoGating         *gating,
              GHashTable         *introduced,
              GHashTable         *all,
              const char * const *used,
              const char         *where)
{
  g_autoptr(GPtrArray) named = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *instead = dojo_gating_advise_instead (gating, used, named);
  g_autofree char *advice = dojo_gating_advise (gating, used, NULL);

  g_assert_nonnull (instead);
  g_assert_cmpstr (instead, !=, "");
  g_assert_true (g_str_has_suffix (advice, instead));

  for (guint i = 0; i < named->len; i++)
    {
      const char *construct = g_ptr_array_index (named, i);

      if (!reached (introduced, all, construct))
        g_error ("%s: the advice suggests %s, not taught yet: %s", where, construct, advice);
      g_assert_true (dojo_gating_is_known (gating, construct));
    }
  assert_names_only_reached (instead, introduced, all, used, where);
}

static JsonObject *
exercise_json (DojoPack     *pack,
               DojoPackItem *item)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = dojo_pack_read_item_json (pack, item, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_node_get_object (root));
}

/* For each exercise and project, each construct gated there and each pair
 * of them: the advice names only constructs introduced before it. */
static void
test_whole_course (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GHashTable) all = introduced_at_all (f->pack);
  guint n_exercises = 0;
  guint n_advice = 0;

  for (guint i = 0; i < dojo_pack_get_n_items (f->pack); i++)
    {
      DojoPackItem *item = dojo_pack_get_item (f->pack, i);
      DojoPackItemType type = dojo_pack_item_get_item_type (item);
      g_autoptr(GHashTable) introduced = NULL;
      g_autoptr(JsonObject) exercise = NULL;
      g_autoptr(DojoGating) gating = NULL;
      g_autoptr(GPtrArray) gates = NULL;

      if (type != DOJO_PACK_ITEM_EXERCISE && type != DOJO_PACK_ITEM_PROJECT)
        continue;
      n_exercises++;
      introduced = introduced_up_to (f->pack, item);
      exercise = exercise_json (f->pack, item);
      gating = dojo_gating_new_for_item (f->pack, item, exercise);
      gates = dojo_pack_get_gated_constructs (f->pack, dojo_pack_item_get_id (item));

      for (guint a = 0; a < gates->len; a++)
        {
          const DojoPackGate *first = g_ptr_array_index (gates, a);
          const char *one[] = { first->construct, NULL };
          g_autofree char *where = g_strdup_printf ("%s, %s", dojo_pack_item_get_id (item),
                                                    first->construct);
          g_autofree char *advice = dojo_gating_advise (gating, one, NULL);

          /* The gate and the test agree on what is not taught yet. */
          g_assert_false (g_hash_table_contains (introduced, first->construct));
          g_assert_false (dojo_gating_is_known (gating, first->construct));
          /* Where it comes, by the lesson's title. */
          g_assert_nonnull (strstr (advice, first->title));
          check_advice (gating, introduced, all, one, where);
          n_advice++;

          for (guint b = a + 1; b < gates->len; b++)
            {
              const DojoPackGate *second = g_ptr_array_index (gates, b);
              const char *two[] = { first->construct, second->construct, NULL };
              g_autofree char *where2 = g_strdup_printf ("%s, %s and %s",
                                                         dojo_pack_item_get_id (item),
                                                         first->construct, second->construct);

              check_advice (gating, introduced, all, two, where2);
              n_advice++;
            }
        }
    }

  /* The course really was walked. */
  g_assert_cmpuint (n_exercises, >, 100);
  g_assert_cmpuint (n_advice, >, 1000);
}

static DojoGating *
gating_at (Fixture    *f,
           const char *id)
{
  DojoPackItem *item = dojo_pack_lookup_item (f->pack, id);
  g_autoptr(JsonObject) exercise = NULL;

  g_assert_nonnull (item);
  exercise = exercise_json (f->pack, item);
  return dojo_gating_new_for_item (f->pack, item, exercise);
}

/* The issue: before loops, a comprehension was answered "solve this one
 * with a loop". */
static void
test_comprehension_before_loops (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(DojoGating) gating = gating_at (f, "p1-sign");
  const char *used[] = { "comprehension", NULL };
  g_autofree char *advice = dojo_gating_advise (gating, used, NULL);

  g_assert_false (dojo_gating_is_known (gating, "for"));
  g_assert_false (dojo_gating_is_known (gating, "while"));
  g_assert_cmpstr (advice, ==,
                   "Comprehensions come in “Comprehensions”. This exercise is solved "
                   "with what you have learned up to “Conditions”: `if`.");
}

/* The issue: a `for` loop was answered "use `while`" where `while` was
 * not taught either. */
static void
test_for_before_while (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DojoGating) before = gating_at (f, "p1-ticket-price");
  g_autoptr(DojoGating) after = gating_at (f, "p1-countdown");
  const char *one[] = { "for", NULL };
  const char *both[] = { "for", "while", NULL };
  g_autofree char *advice = dojo_gating_advise (before, one, NULL);
  g_autofree char *both_advice = dojo_gating_advise (before, both, NULL);
  g_autofree char *later = dojo_gating_advise (after, one, NULL);

  /* p1-ticket-price asks for nothing in particular: what its lesson showed. */
  g_assert_cmpstr (advice, ==,
                   "`for` loops come in “Loops with for”. This exercise is solved with "
                   "what “Conditions” showed: `if`.");
  /* Both loops in one program: one piece of advice, naming neither. */
  g_assert_cmpstr (both_advice, ==,
                   "`for` loops come in “Loops with for”. `while` loops come in “Loops "
                   "with while”. This exercise is solved with what “Conditions” showed: "
                   "`if`.");
  /* Once `while` is taught, it is the way around `for`. */
  g_assert_cmpstr (later, ==,
                   "`for` loops come in “Loops with for”. Solve this one with a `while` "
                   "loop instead.");
}

/* Nothing suggested is one the exercise rules out, and what it requires
 * is preferred. */
static void
test_exercise_rules (void)
{
  g_autoptr(DojoGating) gating = dojo_gating_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *used[] = { "comprehension", NULL };
  g_autofree char *forbidden = NULL;
  g_autofree char *plain = NULL;
  g_autoptr(GPtrArray) named = g_ptr_array_new_with_free_func (g_free);

  dojo_gating_add_gate (gating, "comprehension", "Comprehensions");
  plain = dojo_gating_advise (gating, used, NULL);
  g_assert_cmpstr (plain, ==, "Comprehensions come in “Comprehensions”. Build the list "
                              "with a `for` loop and `.append()` instead.");

  g_assert_true (json_parser_load_from_data (parser,
    "{\"checks\": [{\"type\": \"ast\", \"rules\": [{\"forbid\": \"for\"}, "
    "{\"require\": \"while\"}, {\"require\": \"call:len\"}]}]}", -1, NULL));
  dojo_gating_set_exercise (gating, json_node_get_object (json_parser_get_root (parser)));
  forbidden = dojo_gating_advise_instead (gating, used, named);
  g_assert_cmpstr (forbidden, ==, "Build the list with a `while` loop and `.append()` instead.");
  g_assert_cmpuint (named->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (named, 0), ==, "while");

  /* With no way around it, what the exercise requires, without the lesson. */
  dojo_gating_add_gate (gating, "while", "Loops");
  g_clear_pointer (&forbidden, g_free);
  forbidden = dojo_gating_advise_instead (gating, used, NULL);
  g_assert_cmpstr (forbidden, ==, "This exercise is solved with `len()`.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/gating/whole-course", Fixture, NULL,
              fixture_set_up, test_whole_course, fixture_tear_down);
  g_test_add ("/gating/comprehension-before-loops", Fixture, NULL,
              fixture_set_up, test_comprehension_before_loops, fixture_tear_down);
  g_test_add ("/gating/for-before-while", Fixture, NULL,
              fixture_set_up, test_for_before_while, fixture_tear_down);
  g_test_add_func ("/gating/exercise-rules", test_exercise_rules);

  return g_test_run ();
}
