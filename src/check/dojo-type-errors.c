/* dojo-type-errors.c: mypy's diagnostics in a beginner's words
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-type-errors"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dojo-check-private.h"
#include "dojo-json.h"
#include "dojo-type-errors-private.h"
#include "dojo-type-errors.h"

/* A diagnostic (data/harness/dojo_typecheck.py) holds mypy's error code,
 * its sentence, and facts read from the learner's source: `function`,
 * `expected` and `got` (types as the learner writes them), `expr` (the
 * source text concerned), `name`, `argument`, `callee`, `operator`, `left`,
 * `right`, `attribute`, `item`, `module`, `missing`, `problem`,
 * `suggestion`, `container`.  Each sentence below needs only the facts it
 * names; without them, a plainer one is used, and for a code not worded
 * here, mypy's own sentence, introduced. */

#define MAX_CODE 80

/* @text as Markdown inline code, whatever backticks it holds, shortened
 * to MAX_CODE characters. */
static char *
code (const char *text)
{
  g_autofree char *shown = NULL;

  if (g_utf8_strlen (text, -1) > MAX_CODE)
    {
      const char *end = g_utf8_offset_to_pointer (text, MAX_CODE - 1);

      shown = g_strdup_printf ("%.*s…", (int)(end - text), text);
      text = shown;
    }

  return _dojo_check_code_span (text);
}

/* "a `str`", "an `int`", "`None`": a value of the type @type_name;
 * capitalised when @starting a sentence. */
static char *
a_type_as (const char *type_name,
           gboolean    starting)
{
  g_autofree char *span = code (type_name);
  gboolean vowel = type_name[0] != '\0' && strchr ("aeiouAEIOU", type_name[0]) != NULL;

  if (g_str_equal (type_name, "None"))
    return g_steal_pointer (&span);
  if (vowel && starting)
    /* Translators: as "an %s", starting a sentence */
    return g_strdup_printf (_("An %s"), span);
  if (vowel)
    /* Translators: a value of a type, before a vowel sound in English
     * ("an `int`"); translate as the other one if your language makes no
     * such difference */
    return g_strdup_printf (_("an %s"), span);
  if (starting)
    /* Translators: as "a %s", starting a sentence */
    return g_strdup_printf (_("A %s"), span);
  /* Translators: a value of a type ("a `str`") */
  return g_strdup_printf (_("a %s"), span);
}

#define a_type(type_name) a_type_as ((type_name), FALSE)
#define a_type_starting(type_name) a_type_as ((type_name), TRUE)

/* "`a`, `b` and `c`" */
static char *
code_list (const char * const *names,
           guint               n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *span = code (names[i]);

      if (i > 0 && i == n - 1)
        /* Translators: between the last two items of a list */
        g_string_append (out, _(" and "));
      else if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, span);
    }
  return g_string_free (out, FALSE);
}

static char *
describe_no_untyped_def (JsonObject *diag)
{
  const char *function = dojo_json_get_string (diag, "function");
  JsonArray *missing = dojo_json_get_array (diag, "missing");
  g_autoptr(GPtrArray) params = g_ptr_array_new ();
  g_autofree char *fn = NULL;
  g_autofree char *list = NULL;
  gboolean needs_return = FALSE;

  if (function == NULL)
    return g_strdup (_("This function needs type hints on its parameters and on what it "
                       "gives back, like `def add(a: int, b: int) -> int:`."));
  fn = code (function);

  for (guint i = 0; missing != NULL && i < json_array_get_length (missing); i++)
    {
      JsonNode *node = json_array_get_element (missing, i);
      const char *name;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      name = json_node_get_string (node);
      if (g_str_equal (name, "return"))
        needs_return = TRUE;
      else
        g_ptr_array_add (params, (gpointer)name);
    }
  list = code_list ((const char * const *)params->pdata, params->len);

  if (params->len > 0 && needs_return)
    /* Translators: %1$s is a function, %2$s its parameters ("`a` and `b`") */
    return g_strdup_printf (_("%1$s needs type hints: on %2$s, and on what it gives back. "
                              "Write them like `def add(a: int, b: int) -> int:`."),
                            fn, list);
  if (params->len > 0)
    /* Translators: %1$s is a function, %2$s its parameters ("`a` and `b`") */
    return g_strdup_printf (ngettext ("%1$s needs a type hint on its parameter %2$s. "
                                      "Write it after the name, like `a: int`.",
                                      "%1$s needs type hints on its parameters %2$s. "
                                      "Write each after its name, like `a: int`.",
                                      params->len),
                            fn, list);
  if (needs_return)
    /* Translators: %s is a function */
    return g_strdup_printf (_("%s does not say what type of value it gives back. Add it "
                              "before the colon, like `-> int`, or `-> None` if it gives "
                              "nothing back."), fn);
  /* Translators: %s is a function */
  return g_strdup_printf (_("%s needs type hints on its parameters and on what it gives "
                            "back."), fn);
}

static char *
describe_call_arg (JsonObject *diag)
{
  const char *problem = dojo_json_get_string (diag, "problem");
  const char *callee = dojo_json_get_string (diag, "callee");
  const char *name = dojo_json_get_string (diag, "name");
  g_autofree char *fn = callee ? code (callee) : NULL;

  if (fn == NULL)
    return NULL;

  if (g_strcmp0 (problem, "too-many") == 0)
    /* Translators: %s is a function */
    return g_strdup_printf (_("This call gives %s more values than it takes. Count the "
                              "parameters on its `def` line."), fn);
  if (g_strcmp0 (problem, "too-few") == 0)
    /* Translators: %s is a function */
    return g_strdup_printf (_("This call gives %s fewer values than it needs. Count the "
                              "parameters on its `def` line."), fn);
  if (g_strcmp0 (problem, "missing") == 0 && name != NULL)
    {
      g_auto(GStrv) names = g_strsplit (name, ", ", -1);
      guint n = g_strv_length (names);
      g_autofree char *list = code_list ((const char * const *)names, n);

      /* Translators: %1$s is a function, %2$s its parameters ("`a` and `b`") */
      return g_strdup_printf (ngettext ("This call of %1$s gives no value for its parameter "
                                        "%2$s.",
                                        "This call of %1$s gives no values for its parameters "
                                        "%2$s.", n),
                              fn, list);
    }
  if (g_strcmp0 (problem, "unexpected") == 0 && name != NULL)
    {
      g_autofree char *param = code (name);

      /* Translators: %1$s is a function, %2$s a name */
      return g_strdup_printf (_("%1$s has no parameter called %2$s. Check the names on its "
                                "`def` line."), fn, param);
    }
  return NULL;
}

static char *
describe_attribute (JsonObject *diag)
{
  const char *attribute = dojo_json_get_string (diag, "attribute");
  const char *got = dojo_json_get_string (diag, "got");
  const char *item = dojo_json_get_string (diag, "item");
  const char *module = dojo_json_get_string (diag, "module");
  const char *expr = dojo_json_get_string (diag, "expr");
  g_autofree char *attr = NULL;

  if (attribute == NULL)
    return NULL;
  attr = code (attribute);

  if (g_strcmp0 (item, "None") == 0)
    {
      if (expr != NULL && g_str_has_suffix (expr, attribute) &&
          strlen (expr) > strlen (attribute) + 1)
        {
          g_autofree char *object = g_strndup (expr, strlen (expr) - strlen (attribute) - 1);
          g_autofree char *value = code (object);
          g_autofree char *test_text = g_strdup_printf ("if %s is not None:", object);
          g_autofree char *test = code (test_text);

          /* Translators: %1$s is a value ("`name`"), %2$s an attribute ("`upper`"),
           * %3$s code ("`if name is not None:`") */
          return g_strdup_printf (_("%1$s might be `None` here, and `None` has no %2$s. "
                                    "Check first, with %3$s."), value, attr, test);
        }
      /* Translators: %s is an attribute ("`upper`") */
      return g_strdup_printf (_("This value might be `None` here, and `None` has no %s. "
                                "Check first that it is not `None`."), attr);
    }
  if (module != NULL)
    {
      g_autofree char *mod = code (module);

      /* Translators: %1$s is a module, %2$s a name */
      return g_strdup_printf (_("The module %1$s has nothing called %2$s. Check the "
                                "spelling."), mod, attr);
    }
  if (got != NULL)
    {
      g_autofree char *type = a_type_starting (got);

      /* Translators: %1$s is a value of a type ("A `str`"), %2$s an attribute */
      return g_strdup_printf (_("%1$s has no attribute or method %2$s. Check the spelling, "
                                "and the type of the value."), type, attr);
    }
  return NULL;
}

static char *
describe_valid_type (JsonObject *diag)
{
  const char *name = dojo_json_get_string (diag, "name");
  const char *expr = dojo_json_get_string (diag, "expr");
  const char *suggestion = dojo_json_get_string (diag, "suggestion");

  if (name != NULL && g_str_equal (name, "any"))
    return g_strdup (_("`any` is not a type: it is a function that checks a list. For “a value "
                       "of any type”, write `Any`, after `from typing import Any`."));
  if (name != NULL && suggestion != NULL)
    {
      g_autofree char *wrong = code (name);
      g_autofree char *right = code (suggestion);

      /* Translators: %1$s is what the learner wrote, %2$s a type */
      return g_strdup_printf (_("%1$s is not a type. Did you mean %2$s?"), wrong, right);
    }
  if (name != NULL || expr != NULL)
    {
      g_autofree char *wrong = code (name ? name : expr);

      /* Translators: %s is what the learner wrote as a type hint */
      return g_strdup_printf (_("%s is not a type. A type hint names a type, such as `int`, "
                                "`str` or `list[int]`."), wrong);
    }
  return g_strdup (_("This type hint is not a type. A type hint names a type, such as `int`, "
                     "`str` or `list[int]`."));
}

static gboolean
is_number (const char *type_name)
{
  return g_strcmp0 (type_name, "int") == 0 || g_strcmp0 (type_name, "float") == 0;
}

static char *
describe_known (JsonObject *diag,
                const char *error_code)
{
  const char *function = dojo_json_get_string (diag, "function");
  const char *expected = dojo_json_get_string (diag, "expected");
  const char *got = dojo_json_get_string (diag, "got");
  const char *expr = dojo_json_get_string (diag, "expr");
  const char *name = dojo_json_get_string (diag, "name");
  const char *callee = dojo_json_get_string (diag, "callee");

  if (g_str_equal (error_code, "return-value") && expected != NULL && got != NULL)
    {
      g_autofree char *want = a_type (expected);
      g_autofree char *have = a_type (got);
      g_autofree char *fn = function ? code (function) : NULL;
      g_autofree char *value = expr ? code (expr) : NULL;

      if (fn != NULL && value != NULL)
        /* Translators: "`add` promises to give back a `str`, but `a + b` is an `int`." */
        return g_strdup_printf (_("%1$s promises to give back %2$s, but %3$s is %4$s."),
                                fn, want, value, have);
      if (fn != NULL)
        /* Translators: %1$s is a function, %2$s and %3$s values of types */
        return g_strdup_printf (_("%1$s promises to give back %2$s, but gives back %3$s "
                                  "here."), fn, want, have);
      /* Translators: %1$s and %2$s are values of types ("a `str`") */
      return g_strdup_printf (_("This gives back %1$s where %2$s was promised."), have, want);
    }

  if (g_str_equal (error_code, "no-untyped-def"))
    return describe_no_untyped_def (diag);

  if (g_str_equal (error_code, "arg-type") && expected != NULL && got != NULL && callee != NULL)
    {
      g_autofree char *want = a_type (expected);
      g_autofree char *have = a_type (got);
      g_autofree char *fn = code (callee);
      g_autofree char *value = expr ? code (expr) : NULL;
      int argument = (int)dojo_json_get_int (diag, "argument", 0);

      if (value != NULL && argument > 0)
        /* Translators: "Argument 1 of `add` should be an `int`, but `"a"` is a `str`." */
        return g_strdup_printf (_("Argument %1$d of %2$s should be %3$s, but %4$s is %5$s."),
                                argument, fn, want, value, have);
      /* Translators: %1$s is a function, %2$s and %3$s values of types */
      return g_strdup_printf (_("%1$s is given %3$s where it expects %2$s."), fn, want, have);
    }

  if (g_str_equal (error_code, "assignment") && expected != NULL && got != NULL)
    {
      g_autofree char *want = a_type (expected);
      g_autofree char *have = a_type (got);
      g_autofree char *var = name ? code (name) : NULL;
      g_autofree char *value = expr ? code (expr) : NULL;

      if (var != NULL && value != NULL)
        /* Translators: "`y` is to hold an `int` (its type hint says so), but `"s"` is a `str`." */
        return g_strdup_printf (_("%1$s is to hold %2$s (its type hint says so), but %3$s is "
                                  "%4$s."), var, want, value, have);
      /* Translators: %1$s and %2$s are values of types ("a `str`") */
      return g_strdup_printf (_("This gives %1$s to a variable meant to hold %2$s."),
                              have, want);
    }

  if (g_str_equal (error_code, "operator"))
    {
      const char *op = dojo_json_get_string (diag, "operator");
      const char *left = dojo_json_get_string (diag, "left");
      const char *right = dojo_json_get_string (diag, "right");

      if (op != NULL && left != NULL && right != NULL)
        {
          g_autofree char *sign = code (op);
          g_autofree char *l = a_type (left);
          g_autofree char *r = a_type (right);
          g_autofree char *value = expr ? code (expr) : NULL;
          g_autofree char *first = NULL;

          if (value != NULL)
            /* Translators: "In `1 + "a"`, `+` cannot join an `int` and a `str`." */
            first = g_strdup_printf (_("In %1$s, %2$s cannot join %3$s and %4$s."),
                                     value, sign, l, r);
          else
            /* Translators: "`+` cannot join an `int` and a `str`." */
            first = g_strdup_printf (_("%1$s cannot join %2$s and %3$s."), sign, l, r);
          if ((g_str_equal (left, "str") && is_number (right)) ||
              (is_number (left) && g_str_equal (right, "str")))
            return g_strdup_printf ("%s %s", first,
                                    _("Turn one into the other’s type first, with `str(…)` "
                                      "or `int(…)`."));
          return g_steal_pointer (&first);
        }
      if (op != NULL && left != NULL)
        {
          g_autofree char *sign = code (op);
          g_autofree char *l = a_type (left);

          /* Translators: "`+` cannot be used on `None`." */
          return g_strdup_printf (_("%1$s cannot be used on %2$s."), sign, l);
        }
      return NULL;
    }

  if (g_str_equal (error_code, "call-arg"))
    return describe_call_arg (diag);

  if (g_str_equal (error_code, "name-defined") && name != NULL)
    {
      g_autofree char *n = code (name);

      /* Translators: %s is a name */
      return g_strdup_printf (_("The name %s is not defined here. Check its spelling, or "
                                "give it a value before this line."), n);
    }

  if (g_str_equal (error_code, "attr-defined") || g_str_equal (error_code, "union-attr"))
    return describe_attribute (diag);

  if (g_str_equal (error_code, "return"))
    {
      g_autofree char *fn = function ? code (function) : NULL;

      if (fn != NULL)
        /* Translators: %s is a function */
        return g_strdup_printf (_("%s promises to give back a value, but it can reach its "
                                  "end without a `return`. End every way through it with "
                                  "`return …`."), fn);
      return g_strdup (_("This function promises to give back a value, but it can reach its "
                         "end without a `return`."));
    }

  /* A body of only `pass`, `...` or a docstring: what a starter gives. */
  if (g_str_equal (error_code, "empty-body"))
    {
      g_autofree char *fn = function ? code (function) : NULL;

      if (fn != NULL)
        /* Translators: %s is a function */
        return g_strdup_printf (_("%s promises to give back a value, but its body does "
                                  "nothing yet. Write its steps, and end them with "
                                  "`return …`."), fn);
      return g_strdup (_("This function promises to give back a value, but its body does "
                         "nothing yet."));
    }

  if (g_str_equal (error_code, "func-returns-value") && callee != NULL)
    {
      g_autofree char *fn = code (callee);

      /* Translators: %s is a function */
      return g_strdup_printf (_("%s does not give back a value (its result is `None`), so "
                                "there is nothing to use here. Did it `print` instead of "
                                "`return`?"), fn);
    }

  if (g_str_equal (error_code, "valid-type"))
    return describe_valid_type (diag);

  if (g_str_equal (error_code, "index"))
    {
      const char *container = dojo_json_get_string (diag, "container");

      if (container != NULL && got != NULL && expected != NULL)
        {
          g_autofree char *c = a_type_starting (container);
          g_autofree char *have = a_type (got);
          g_autofree char *want = a_type (expected);

          /* Translators: "A `list[int]` cannot be indexed with a `str`: it takes an `int`
           * between the brackets." */
          return g_strdup_printf (_("%1$s cannot be indexed with %2$s: it takes %3$s "
                                    "between the brackets."), c, have, want);
        }
      if (container != NULL)
        {
          g_autofree char *c = a_type_starting (container);

          /* Translators: %s is a value of a type ("An `int`") */
          return g_strdup_printf (_("%s cannot be indexed: it holds no items to pick with "
                                    "`[…]`."), c);
        }
      return NULL;
    }

  if (g_str_equal (error_code, "var-annotated") && name != NULL)
    {
      g_autofree char *n = code (name);

      /* Translators: %s is a variable; the example shows a type hint on it */
      return g_strdup_printf (_("The type checker cannot tell what %s will hold. Give it a "
                                "type hint where it gets its first value, like "
                                "`scores: list[int] = []`."), n);
    }

  if (g_str_equal (error_code, "type-arg") && name != NULL)
    {
      g_autofree char *n = code (name);

      /* Translators: %s is a type such as `list` */
      return g_strdup_printf (_("%s needs the type of what it holds, between square "
                                "brackets: `list[int]`, `dict[str, int]`."), n);
    }

  if (g_str_equal (error_code, "encoding"))
    return g_strdup (_("This file holds bytes that are not text Python can read (UTF-8), so "
                       "its types could not be checked. Save it as UTF-8."));

  if (g_str_equal (error_code, "syntax"))
    return g_strdup (_("This line is not valid Python, so the types could not be checked. "
                       "Run your program to see where Python stops."));

  return NULL;
}

/**
 * dojo_type_error_describe:
 * @diagnostic: one diagnostic of a type check
 *
 * Returns: (transfer full): one or two Markdown sentences for a beginner,
 *   without the line (callers add it)
 */
char *
dojo_type_error_describe (JsonObject *diagnostic)
{
  const char *error_code;
  const char *mypy;
  char *text;

  g_return_val_if_fail (diagnostic != NULL, NULL);

  error_code = dojo_json_get_string (diagnostic, "code");
  mypy = dojo_json_get_string (diagnostic, "mypy");

  if (error_code != NULL && (text = describe_known (diagnostic, error_code)) != NULL)
    return text;

  if (mypy != NULL)
    /* Translators: %s is the type checker's own sentence, in English */
    return g_strdup_printf (_("The type checker found a problem here: “%s”"), mypy);
  return g_strdup (_("The type checker found a problem here."));
}

/* Returns: (transfer full): what a type check says without mypy */
char *
dojo_type_error_mypy_missing (void)
{
  return g_strdup (_("Dojo is not installed completely: the type checker (mypy) is missing."));
}

#define MAX_SHOWN 10

/* Fills the failed @result of a type check from the harness's @item:
 * each diagnostic on a line of its own, with its place ("Line 3: …",
 * or "`world.py`, line 3: …" for another file than the first). */
DojoVerdictState
_dojo_type_check_fill (DojoCheckResult *result,
                       JsonObject      *item,
                       JsonObject      *check)
{
  const char *status = dojo_json_get_string (item, "status");
  const char *problem = dojo_json_get_string (item, "problem");
  const char *missing_file = dojo_json_get_string (item, "missing_file");
  JsonArray *diagnostics = dojo_json_get_array (item, "diagnostics");
  JsonArray *files = dojo_json_get_array (item, "files");
  const char *first_file = NULL;
  GString *text = g_string_new (dojo_json_get_string (check, "message"));
  guint n = diagnostics ? json_array_get_length (diagnostics) : 0;

  if (g_strcmp0 (problem, "mypy-missing") == 0)
    {
      g_string_free (text, TRUE);
      _dojo_check_result_take_message (result, dojo_type_error_mypy_missing ());
      return DOJO_VERDICT_FAILED;
    }
  if (g_strcmp0 (status, "error") == 0)
    {
      g_string_free (text, TRUE);
      _dojo_check_result_take_message (result,
        g_strdup (_("The type checker stopped with an error of its own, so this check could "
                    "not decide. Your code may well be right; please tell your teacher.")));
      return DOJO_VERDICT_FAILED;
    }
  if (missing_file != NULL)
    {
      g_autofree char *file = code (missing_file);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: %s is a file name */
      g_string_append_printf (text, _("The file %s is missing."), file);
      _dojo_check_result_take_message (result, g_string_free (text, FALSE));
      return DOJO_VERDICT_FAILED;
    }

  if (dojo_json_get_string (item, "too_large") != NULL)
    {
      g_autofree char *file = code (dojo_json_get_string (item, "too_large"));

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: %s is a file name */
      g_string_append_printf (text, _("%s is too large to be type-checked (more than 1 MB)."),
                              file);
      _dojo_check_result_take_message (result, g_string_free (text, FALSE));
      return DOJO_VERDICT_FAILED;
    }

  if (files != NULL && json_array_get_length (files) > 0)
    first_file = json_array_get_string_element (files, 0);

  for (guint i = 0; i < n && i < MAX_SHOWN; i++)
    {
      JsonObject *diag = dojo_json_array_get_object (diagnostics, i);
      g_autofree char *words = NULL;
      const char *file;
      int line;

      if (diag == NULL)
        continue;
      words = dojo_type_error_describe (diag);
      file = dojo_json_get_string (diag, "file");
      line = (int)dojo_json_get_int (diag, "line", 0);
      if (first_file == NULL)
        first_file = file;
      if (i == 0)
        _dojo_check_result_set_line (result, line);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (file != NULL && g_strcmp0 (file, first_file) != 0)
        {
          g_autofree char *name = code (file);

          /* Translators: %1$s is a file, %2$d a line, %3$s what is wrong there */
          g_string_append_printf (text, _("%1$s, line %2$d: %3$s"), name, line, words);
        }
      else
        /* Translators: %1$d is a line, %2$s what is wrong there */
        g_string_append_printf (text, _("Line %1$d: %2$s"), line, words);
    }
  if (n > MAX_SHOWN)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("…and %u more type error.",
                                              "…and %u more type errors.", n - MAX_SHOWN),
                              n - MAX_SHOWN);
    }
  if (n == 0 && text->len == 0)
    g_string_append (text, _("The type check did not pass."));

  _dojo_check_result_take_message (result, g_string_free (text, FALSE));
  return DOJO_VERDICT_FAILED;
}
