/* dojo-gating.c: the advice about a construct the course has not taught yet
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-gating"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dojo-json.h"
#include "dojo-gating.h"

/* The checker's verdict and the editor's live underline both word a
 * construct that comes later here, so that they say the same thing.  The
 * advice names only what the learner has reached: a way around the
 * construct whose own constructs are all known at this exercise (and not
 * ruled out by it), or else what the exercise expects. */

typedef struct
{
  char *construct;
  char *introduced_in;
} Gate;

struct _DojoGating
{
  grefcount  ref_count;
  GPtrArray *gates;              /* Gate, in course order */
  char      *lesson;
  GPtrArray *lesson_introduces;  /* char *, constructs */
  GPtrArray *expected;           /* char *, `require` rules as written */
  GPtrArray *forbidden;          /* char *, `forbid` rules as written */
};

G_DEFINE_BOXED_TYPE (DojoGating, dojo_gating, dojo_gating_ref, dojo_gating_unref)

/* What using a construct is called, with the part that brings it. */
static const struct
{
  const char *construct;
  const char *sentence;
} used_sentences[] = {
  /* Translators: %s is the title of a lesson; the same for the sentences below */
  { "if", N_("`if` comes in “%s”.") },
  { "while", N_("`while` loops come in “%s”.") },
  { "for", N_("`for` loops come in “%s”.") },
  { "break", N_("`break` comes in “%s”.") },
  { "continue", N_("`continue` comes in “%s”.") },
  { "def", N_("Functions of your own (`def`) come in “%s”.") },
  { "return", N_("`return` comes in “%s”.") },
  { "lambda", N_("`lambda` comes in “%s”.") },
  { "class", N_("Classes of your own (`class`) come in “%s”.") },
  { "try", N_("`try` and `except` come in “%s”.") },
  { "raise", N_("`raise` comes in “%s”.") },
  { "with", N_("`with` comes in “%s”.") },
  { "import", N_("`import` comes in “%s”.") },
  { "comprehension", N_("Comprehensions come in “%s”.") },
  { "generator",
    N_("Generators (`yield`, or `(… for …)` in round brackets) come in “%s”.") },
  { "decorator", N_("Decorators (the `@…` lines) come in “%s”.") },
  { "f-string", N_("f-strings come in “%s”.") },
  { "walrus", N_("`:=` comes in “%s”.") },
  { "match", N_("`match` comes in “%s”.") },
  { "global", N_("`global` comes in “%s”.") },
  { "nonlocal", N_("`nonlocal` comes in “%s”.") },
  { "assert", N_("`assert` comes in “%s”.") },
  { "async", N_("`async` and `await` come in “%s”.") },
};

/* Ways around a construct, best first.  @needs lists every construct the
 * sentence names (in words or as code), so that it is offered only where
 * the learner knows them all. */
static const struct
{
  const char *construct;
  const char *needs[3];
  const char *sentence;
} options[] = {
  { "for", { "while" }, N_("Solve this one with a `while` loop instead.") },
  { "while", { "for" }, N_("Solve this one with a `for` loop instead.") },
  { "comprehension", { "for" },
    N_("Build the list with a `for` loop and `.append()` instead.") },
  { "comprehension", { "while" },
    N_("Build the list with a `while` loop and `.append()` instead.") },
  { "generator", { "for" },
    N_("Collect the values in a list with a `for` loop instead.") },
  { "generator", { "while" },
    N_("Collect the values in a list with a `while` loop instead.") },
  { "f-string", { NULL },
    N_("Join the text with `+`, turning numbers into text with `str()`, instead.") },
  { "def", { NULL },
    N_("Solve this one without functions of your own: write the steps one after "
       "the other.") },
  { "return", { NULL },
    N_("Solve this one without `return`: `print()` the result where you have it.") },
  { "lambda", { "def" }, N_("Write a function of your own with `def` instead.") },
  { "class", { "def" }, N_("Solve this one with functions (`def`) instead of a class.") },
  { "try", { "if" }, N_("Check the value with `if` before you use it, instead of `try`.") },
  { "raise", { "if" }, N_("Check with `if` and `print()` a clear message instead.") },
  { "with", { NULL },
    N_("Open the file with `open()` and close it with `.close()` when you are done, "
       "instead of `with`.") },
  { "import", { NULL },
    N_("Solve this one with what Python has built in, without `import`.") },
  { "break", { "while" },
    N_("End the `while` loop through its condition instead of `break`.") },
  { "continue", { "if" },
    N_("Put the steps after `continue` under an `if` instead.") },
  { "decorator", { NULL }, N_("Solve this one without the `@…` lines.") },
  { "walrus", { NULL },
    N_("Give the value its name on a line of its own first (`name = value`), "
       "then use the name.") },
  { "match", { "if" }, N_("Solve this one with `if` and `elif` instead.") },
  { "global", { "def", "return" },
    N_("Give the value to the function as an argument, and give the new value back "
       "with `return`, instead of `global`.") },
  { "nonlocal", { "def", "return" },
    N_("Give the value to the function as an argument, and give the new value back "
       "with `return`, instead of `nonlocal`.") },
  { "assert", { "if" }, N_("Check the condition with `if` instead.") },
  { "async", { "def" }, N_("Write ordinary functions with `def` instead.") },
};

static void
gate_free (Gate *gate)
{
  g_free (gate->construct);
  g_free (gate->introduced_in);
  g_free (gate);
}

static Gate *
lookup_gate (DojoGating *self,
             const char *construct)
{
  for (guint i = 0; i < self->gates->len; i++)
    {
      Gate *gate = g_ptr_array_index (self->gates, i);

      if (g_str_equal (gate->construct, construct))
        return gate;
    }
  return NULL;
}

static gboolean
contains (GPtrArray  *strings,
          const char *string)
{
  return g_ptr_array_find_with_equal_func (strings, string, g_str_equal, NULL);
}

static void
add_unique (GPtrArray  *strings,
            const char *string)
{
  if (strings != NULL && !contains (strings, string))
    g_ptr_array_add (strings, g_strdup (string));
}

/* Known, and not ruled out by the exercise: fit to suggest. */
static gboolean
usable (DojoGating *self,
        const char *construct)
{
  return lookup_gate (self, construct) == NULL && !contains (self->forbidden, construct);
}

/* A construct as a word in a list ("solved with `if` and `while`"). */
static char *
construct_word (const char *construct)
{
  if (g_str_equal (construct, "comprehension"))
    return g_strdup (_("comprehensions"));
  if (g_str_equal (construct, "f-string"))
    return g_strdup (_("f-strings"));
  if (g_str_equal (construct, "decorator"))
    return g_strdup (_("decorators (`@…`)"));
  if (g_str_equal (construct, "generator"))
    return g_strdup ("`yield`");
  if (g_str_equal (construct, "walrus"))
    return g_strdup ("`:=`");
  if (g_str_equal (construct, "try"))
    return g_strdup ("`try`/`except`");
  return g_strdup_printf ("`%s`", construct);
}

/* A `require` rule as a word, and the construct it names (if any). */
static char *
expected_word (DojoGating  *self,
               const char  *rule,
               const char **construct)
{
  const char *colon = strchr (rule, ':');
  g_autofree char *kind = NULL;
  const char *name;

  *construct = NULL;
  if (colon == NULL)
    {
      if (!dojo_pack_is_construct (rule))
        return NULL;
      *construct = rule;
      return usable (self, rule) ? construct_word (rule) : NULL;
    }

  kind = g_strndup (rule, colon - rule);
  name = colon + 1;
  if (name[0] == '\0' || strchr (name, '`') != NULL)
    return NULL;
  if (g_str_equal (kind, "call"))
    return g_strdup_printf ("`%s()`", name);
  if (g_str_equal (kind, "def"))
    *construct = "def";
  else if (g_str_equal (kind, "import"))
    *construct = "import";
  else
    return NULL;
  if (lookup_gate (self, *construct) != NULL)
    return NULL;
  return g_strdup_printf ("`%s %s`", *construct, name);
}

/* "a", "a and b", "a, b and c" */
static char *
join_words (GPtrArray *words)
{
  g_autoptr(GString) head = g_string_new (NULL);

  g_assert (words->len > 0);
  if (words->len == 1)
    return g_strdup (g_ptr_array_index (words, 0));

  for (guint i = 0; i + 1 < words->len; i++)
    {
      if (i > 0)
        g_string_append (head, _(", "));
      g_string_append (head, g_ptr_array_index (words, i));
    }
  /* Translators: the end of a list: "`if`, `while` and `break`" */
  return g_strdup_printf (_("%s and %s"), head->str,
                          (const char *)g_ptr_array_index (words, words->len - 1));
}

static int
pick_option (DojoGating *self,
             const char *construct)
{
  int best = -1;

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      gboolean fits = TRUE;
      gboolean expected = FALSE;

      if (!g_str_equal (options[i].construct, construct))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (options[i].needs) && options[i].needs[k]; k++)
        {
          fits = fits && usable (self, options[i].needs[k]);
          expected = expected || contains (self->expected, options[i].needs[k]);
        }
      if (!fits)
        continue;
      /* What the exercise asks for is the best way around. */
      if (expected)
        return (int)i;
      if (best < 0)
        best = (int)i;
    }
  return best;
}

/* What the exercise is solved with, naming nothing new. */
static char *
expectations (DojoGating *self,
              GPtrArray  *named)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->expected->len; i++)
    {
      const char *construct = NULL;
      g_autofree char *word = expected_word (self, g_ptr_array_index (self->expected, i),
                                             &construct);

      if (word == NULL || contains (words, word))
        continue;
      g_ptr_array_add (words, g_steal_pointer (&word));
      if (construct != NULL)
        add_unique (named, construct);
    }

  if (words->len > 0)
    {
      g_autofree char *list = join_words (words);

      if (self->lesson != NULL)
        /* Translators: %s is the title of a lesson, then a list of code words */
        return g_strdup_printf (_("This exercise is solved with what you have learned "
                                  "up to “%s”: %s."), self->lesson, list);
      /* Translators: %s is a list of code words, such as "`if` and `while`" */
      return g_strdup_printf (_("This exercise is solved with %s."), list);
    }

  for (guint i = 0; i < self->lesson_introduces->len; i++)
    {
      const char *construct = g_ptr_array_index (self->lesson_introduces, i);

      if (!usable (self, construct))
        continue;
      g_ptr_array_add (words, construct_word (construct));
      add_unique (named, construct);
    }

  if (words->len > 0 && self->lesson != NULL)
    {
      g_autofree char *list = join_words (words);

      /* Translators: %s is the title of a lesson, then a list of code words */
      return g_strdup_printf (_("This exercise is solved with what “%s” showed: %s."),
                              self->lesson, list);
    }
  if (self->lesson != NULL)
    /* Translators: %s is the title of a lesson */
    return g_strdup_printf (_("This exercise is solved with what you have learned up "
                              "to “%s”."), self->lesson);
  return g_strdup (_("Solve this one with what you have learned so far."));
}

DojoGating *
dojo_gating_new (void)
{
  DojoGating *self = g_new0 (DojoGating, 1);

  g_ref_count_init (&self->ref_count);
  self->gates = g_ptr_array_new_with_free_func ((GDestroyNotify)gate_free);
  self->lesson_introduces = g_ptr_array_new_with_free_func (g_free);
  self->expected = g_ptr_array_new_with_free_func (g_free);
  self->forbidden = g_ptr_array_new_with_free_func (g_free);

  return self;
}

static DojoPackItem *
lesson_of (DojoPack     *pack,
           DojoPackItem *item)
{
  while (item != NULL && dojo_pack_item_get_item_type (item) != DOJO_PACK_ITEM_LESSON)
    item = dojo_pack_get_previous_item (pack, item);
  return item;
}

/**
 * dojo_gating_new_for_item:
 * @item: an exercise or project of @pack
 * @exercise: (nullable): its exercise.json, parsed
 *
 * The constructs gated at @item (dojo_pack_get_gated_constructs()), the
 * lesson @item follows and what was introduced from that lesson on, and
 * @exercise's `ast` rules.
 */
DojoGating *
dojo_gating_new_for_item (DojoPack     *pack,
                          DojoPackItem *item,
                          JsonObject   *exercise)
{
  g_autoptr(DojoGating) self = NULL;
  g_autoptr(GPtrArray) gates = NULL;
  g_autoptr(GPtrArray) introduces = g_ptr_array_new ();
  DojoPackItem *lesson;

  g_return_val_if_fail (DOJO_IS_PACK (pack), NULL);
  g_return_val_if_fail (DOJO_IS_PACK_ITEM (item), NULL);

  self = dojo_gating_new ();
  gates = dojo_pack_get_gated_constructs (pack, dojo_pack_item_get_id (item));
  for (guint i = 0; gates != NULL && i < gates->len; i++)
    {
      const DojoPackGate *gate = g_ptr_array_index (gates, i);

      dojo_gating_add_gate (self, gate->construct, gate->title);
    }

  if ((lesson = lesson_of (pack, item)) != NULL)
    {
      for (DojoPackItem *at = lesson; at != NULL; at = dojo_pack_get_next_item (pack, at))
        {
          DojoPackPhase *phase = dojo_pack_item_get_phase (at);
          const char * const *phase_introduces = NULL;
          const char * const *item_introduces = dojo_pack_item_get_introduces (at);

          if (phase != NULL && dojo_pack_phase_get_item (phase, 0) == at)
            phase_introduces = dojo_pack_phase_get_introduces (phase);
          for (guint k = 0; phase_introduces != NULL && phase_introduces[k]; k++)
            g_ptr_array_add (introduces, (char *)phase_introduces[k]);
          for (guint k = 0; item_introduces != NULL && item_introduces[k]; k++)
            g_ptr_array_add (introduces, (char *)item_introduces[k]);
          if (at == item)
            break;
        }
      g_ptr_array_add (introduces, NULL);
      dojo_gating_set_lesson (self, dojo_pack_item_get_title (lesson),
                              (const char * const *)introduces->pdata);
    }

  dojo_gating_set_exercise (self, exercise);

  return g_steal_pointer (&self);
}

DojoGating *
dojo_gating_ref (DojoGating *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
dojo_gating_unref (DojoGating *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->gates);
  g_free (self->lesson);
  g_ptr_array_unref (self->lesson_introduces);
  g_ptr_array_unref (self->expected);
  g_ptr_array_unref (self->forbidden);
  g_free (self);
}

/**
 * dojo_gating_add_gate:
 * @construct: a construct the learner may not use yet
 * @introduced_in: (nullable): the title of the part that brings it
 */
void
dojo_gating_add_gate (DojoGating *self,
                      const char *construct,
                      const char *introduced_in)
{
  Gate *gate;

  g_return_if_fail (self != NULL);
  g_return_if_fail (construct != NULL);

  if (lookup_gate (self, construct) != NULL)
    return;

  gate = g_new0 (Gate, 1);
  gate->construct = g_strdup (construct);
  gate->introduced_in = g_strdup (introduced_in);
  g_ptr_array_add (self->gates, gate);
}

/**
 * dojo_gating_set_lesson:
 * @title: (nullable): the title of the lesson the exercise follows
 * @introduces: (nullable) (array zero-terminated=1): the constructs that
 *   lesson (and what came between it and the exercise) introduced
 */
void
dojo_gating_set_lesson (DojoGating         *self,
                        const char         *title,
                        const char * const *introduces)
{
  g_return_if_fail (self != NULL);

  g_free (self->lesson);
  self->lesson = g_strdup (title);
  g_ptr_array_set_size (self->lesson_introduces, 0);
  for (guint i = 0; introduces != NULL && introduces[i]; i++)
    add_unique (self->lesson_introduces, introduces[i]);
}

/**
 * dojo_gating_set_exercise:
 * @exercise: (nullable): exercise.json, parsed
 *
 * Takes the `require` and `forbid` rules of all its `ast` checks: what is
 * required is what the advice points to when nothing else fits, and what
 * is forbidden is never suggested.
 */
void
dojo_gating_set_exercise (DojoGating *self,
                          JsonObject *exercise)
{
  JsonArray *checks;

  g_return_if_fail (self != NULL);

  g_ptr_array_set_size (self->expected, 0);
  g_ptr_array_set_size (self->forbidden, 0);
  checks = exercise != NULL ? dojo_json_get_array (exercise, "checks") : NULL;

  for (guint i = 0; checks != NULL && i < json_array_get_length (checks); i++)
    {
      JsonObject *check = dojo_json_array_get_object (checks, i);
      JsonArray *rules;

      if (check == NULL || g_strcmp0 (dojo_json_get_string (check, "type"), "ast") != 0)
        continue;
      rules = dojo_json_get_array (check, "rules");
      for (guint k = 0; rules != NULL && k < json_array_get_length (rules); k++)
        {
          JsonObject *rule = dojo_json_array_get_object (rules, k);
          const char *require = rule ? dojo_json_get_string (rule, "require") : NULL;
          const char *forbid = rule ? dojo_json_get_string (rule, "forbid") : NULL;

          if (forbid != NULL)
            add_unique (self->forbidden, forbid);
          else if (require != NULL)
            add_unique (self->expected, require);
        }
    }
}

/* Returns: whether the learner has reached @construct at this exercise:
 *   it is not gated (introduced before, or never) */
gboolean
dojo_gating_is_known (DojoGating *self,
                      const char *construct)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (construct != NULL, FALSE);

  return lookup_gate (self, construct) == NULL;
}

/**
 * dojo_gating_advise_instead:
 * @used: (array zero-terminated=1): the gated constructs the program uses
 * @named: (nullable) (element-type utf8): gets the constructs the advice
 *   names (each is known at this exercise)
 *
 * The second half of dojo_gating_advise(): what to use instead, or what
 * the exercise is solved with when nothing the learner knows replaces one
 * of @used.
 *
 * Returns: (transfer full): Markdown
 */
char *
dojo_gating_advise_instead (DojoGating         *self,
                            const char * const *used,
                            GPtrArray          *named)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean stuck = used == NULL || used[0] == NULL;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; used != NULL && used[i]; i++)
    {
      int option = pick_option (self, used[i]);
      const char *sentence;

      if (option < 0)
        {
          stuck = TRUE;
          continue;
        }
      sentence = _(options[option].sentence);
      if (contains (sentences, sentence))
        continue;
      g_ptr_array_add (sentences, (char *)sentence);
      for (guint k = 0; k < G_N_ELEMENTS (options[option].needs); k++)
        if (options[option].needs[k] != NULL)
          add_unique (named, options[option].needs[k]);
    }

  for (guint i = 0; i < sentences->len; i++)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_ptr_array_index (sentences, i));
    }
  if (stuck)
    {
      g_autofree char *expected = expectations (self, named);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, expected);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * dojo_gating_advise:
 * @used: (array zero-terminated=1): the gated constructs the program uses,
 *   in the order to mention them
 * @named: (nullable) (element-type utf8): gets the constructs the advice
 *   suggests or expects (never one of @used, never one not reached yet)
 *
 * One piece of advice for all of @used: where each comes in the course,
 * then what to use instead, naming only what the learner has reached.
 *
 * Returns: (transfer full): Markdown
 */
char *
dojo_gating_advise (DojoGating         *self,
                    const char * const *used,
                    GPtrArray          *named)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *instead = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; used != NULL && used[i]; i++)
    {
      Gate *gate = lookup_gate (self, used[i]);
      const char *lesson = gate && gate->introduced_in ? gate->introduced_in
                                                       : _("a later lesson");
      const char *sentence = NULL;

      for (guint k = 0; k < G_N_ELEMENTS (used_sentences); k++)
        if (g_str_equal (used_sentences[k].construct, used[i]))
          sentence = used_sentences[k].sentence;

      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (sentence != NULL)
        g_string_append_printf (out, _(sentence), lesson);
      else
        /* Translators: %s is a construct such as "match", then a lesson's title */
        g_string_append_printf (out, _("`%s` comes in “%s”."), used[i], lesson);
    }

  instead = dojo_gating_advise_instead (self, used, named);
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, instead);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
