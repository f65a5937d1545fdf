/* dojo-quiz.c: a quiz of a pack, one attempt at it, and its score
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-quiz"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dojo-check-kinds.h"
#include "dojo-pack-json-private.h"
#include "dojo-quiz.h"

typedef struct
{
  char                  *id;
  DojoQuizQuestionType   kind;
  char                  *prompt;
  GStrv                  choices;
  char                  *code;
  char                  *explanation;
  gboolean               always;  /* asked in every attempt */
  /* single: one index; multiple: the right indexes (a bit each) */
  guint64                right;
  /* predict-output, try-code: the expected output; write-code: the
   * exercise id */
  char                  *answer;
  /* try-code: what the program reads, how its output is compared (an io
   * check's "match"), and a program that passes */
  char                  *stdin_text;
  char                  *match;
  char                  *solution;
} Question;

typedef struct
{
  guint64   chosen;
  char     *text;
  gboolean  code_passed;  /* try-code: the learner's program printed it */
} Answer;

struct _DojoQuiz
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *tutor_prompt;
  guint       pass_mark;
  guint       draw;
  GPtrArray  *pool;             /* Question */

  char       *learner_id;
  guint       attempt;
  GArray     *order;            /* guint: pool indexes of this attempt */
  GArray     *answers;          /* Answer, by position */
  GHashTable *passed_exercises; /* exercise id set */
};

G_DEFINE_FINAL_TYPE (DojoQuiz, dojo_quiz, G_TYPE_OBJECT)

G_DEFINE_QUARK (dojo-quiz-error-quark, dojo_quiz_error)

/* Questions of one kind with more choices than this are refused. */
#define MAX_CHOICES 64

static void
question_free (Question *q)
{
  g_free (q->id);
  g_free (q->prompt);
  g_strfreev (q->choices);
  g_free (q->code);
  g_free (q->explanation);
  g_free (q->answer);
  g_free (q->stdin_text);
  g_free (q->match);
  g_free (q->solution);
  g_free (q);
}

/* A try-code question's output is compared as an io check's is, with the
 * same kinds of match (the checker runs it as one). */
static gboolean
match_is_known (const char *match)
{
  const DojoCheckField *field =
    dojo_check_kind_lookup_field (dojo_check_kind_lookup ("io"), "match");

  return field != NULL && field->values != NULL &&
         g_strv_contains ((const char * const *)field->values, match);
}

static void
answer_clear (Answer *a)
{
  g_clear_pointer (&a->text, g_free);
}

static char *
dup_member_string (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static gboolean
get_index (JsonNode *node,
           guint     n_choices,
           guint    *index)
{
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  value = json_node_get_int (node);
  if (value < 0 || value >= n_choices)
    return FALSE;
  *index = (guint)value;
  return TRUE;
}

static Question *
parse_question (JsonNode  *node,
                guint      number,
                GError   **error)
{
  g_autoptr(GPtrArray) choices = NULL;
  JsonObject *object;
  JsonNode *answer;
  Question *q;
  g_autofree char *kind = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                   _("quiz.json: question %u is not an object"), number);
      return NULL;
    }
  object = json_node_get_object (node);

  q = g_new0 (Question, 1);
  q->id = dup_member_string (object, "id");
  q->prompt = dup_member_string (object, "prompt");
  q->code = dup_member_string (object, "code");
  q->explanation = dup_member_string (object, "explanation");
  q->always = json_object_get_boolean_member_with_default (object, "always", FALSE);
  kind = dup_member_string (object, "type");

  if (q->id == NULL || q->prompt == NULL || kind == NULL)
    {
      g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                   _("quiz.json: question %u needs “id”, “type” and “prompt”"), number);
      question_free (q);
      return NULL;
    }

  if (g_str_equal (kind, "single"))
    q->kind = DOJO_QUIZ_QUESTION_SINGLE;
  else if (g_str_equal (kind, "multiple"))
    q->kind = DOJO_QUIZ_QUESTION_MULTIPLE;
  else if (g_str_equal (kind, "predict-output"))
    q->kind = DOJO_QUIZ_QUESTION_PREDICT_OUTPUT;
  else if (g_str_equal (kind, "write-code"))
    q->kind = DOJO_QUIZ_QUESTION_WRITE_CODE;
  else if (g_str_equal (kind, "try-code"))
    q->kind = DOJO_QUIZ_QUESTION_TRY_CODE;
  else
    {
      g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                   _("quiz.json: question “%s” has an unknown type “%s”"), q->id, kind);
      question_free (q);
      return NULL;
    }

  answer = json_object_get_member (object, "answer");

  if (q->kind == DOJO_QUIZ_QUESTION_SINGLE || q->kind == DOJO_QUIZ_QUESTION_MULTIPLE)
    {
      JsonNode *choices_node = json_object_get_member (object, "choices");
      JsonArray *array = choices_node && JSON_NODE_HOLDS_ARRAY (choices_node)
                         ? json_node_get_array (choices_node) : NULL;
      guint n = array ? json_array_get_length (array) : 0;
      gboolean ok = n >= 2 && n <= MAX_CHOICES;

      choices = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; ok && i < n; i++)
        {
          JsonNode *choice = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (choice) ||
              json_node_get_value_type (choice) != G_TYPE_STRING)
            ok = FALSE;
          else
            g_ptr_array_add (choices, g_strdup (json_node_get_string (choice)));
        }

      if (ok && q->kind == DOJO_QUIZ_QUESTION_SINGLE)
        {
          guint index;

          /* @index is set only if it is one of the choices. */
          if ((ok = get_index (answer, n, &index)))
            q->right = G_GUINT64_CONSTANT (1) << index;
        }
      else if (ok)
        {
          JsonArray *indexes = answer && JSON_NODE_HOLDS_ARRAY (answer)
                               ? json_node_get_array (answer) : NULL;

          ok = indexes != NULL;
          for (guint i = 0; ok && i < json_array_get_length (indexes); i++)
            {
              guint index;

              if ((ok = get_index (json_array_get_element (indexes, i), n, &index)))
                q->right |= G_GUINT64_CONSTANT (1) << index;
            }
        }

      if (!ok)
        {
          g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                       _("quiz.json: question “%s” needs at least two “choices” and "
                         "an “answer” that points at them"), q->id);
          question_free (q);
          return NULL;
        }

      g_ptr_array_add (choices, NULL);
      q->choices = (GStrv)g_ptr_array_steal (choices, NULL);
    }
  else
    {
      if (answer != NULL && JSON_NODE_HOLDS_VALUE (answer) &&
          json_node_get_value_type (answer) == G_TYPE_STRING)
        q->answer = g_strdup (json_node_get_string (answer));

      if (q->answer == NULL ||
          (q->kind == DOJO_QUIZ_QUESTION_PREDICT_OUTPUT && q->code == NULL))
        {
          g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                       _("quiz.json: question “%s” needs an “answer” (and “code” to "
                         "predict the output of)"), q->id);
          question_free (q);
          return NULL;
        }
    }

  if (q->kind == DOJO_QUIZ_QUESTION_TRY_CODE)
    {
      q->stdin_text = dup_member_string (object, "stdin");
      q->match = dup_member_string (object, "match");
      q->solution = dup_member_string (object, "solution");
      if (q->match == NULL)
        q->match = g_strdup ("rstrip");
      if (q->solution == NULL || !match_is_known (q->match))
        {
          g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                       _("question “%s” needs a “solution” and a “match” of rstrip, "
                         "exact, contains or regex"), q->id);
          question_free (q);
          return NULL;
        }
    }

  return q;
}

static void
dojo_quiz_finalize (GObject *object)
{
  DojoQuiz *self = (DojoQuiz *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->tutor_prompt, g_free);
  g_clear_pointer (&self->pool, g_ptr_array_unref);
  g_clear_pointer (&self->learner_id, g_free);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->answers, g_array_unref);
  g_clear_pointer (&self->passed_exercises, g_hash_table_unref);

  G_OBJECT_CLASS (dojo_quiz_parent_class)->finalize (object);
}

static void
dojo_quiz_class_init (DojoQuizClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dojo_quiz_finalize;
}

static void
dojo_quiz_init (DojoQuiz *self)
{
  self->pool = g_ptr_array_new_with_free_func ((GDestroyNotify)question_free);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->answers = g_array_new (FALSE, TRUE, sizeof (Answer));
  g_array_set_clear_func (self->answers, (GDestroyNotify)answer_clear);
  self->passed_exercises = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pass_mark = DOJO_QUIZ_DEFAULT_PASS_MARK;
}

/**
 * dojo_quiz_new_from_json:
 * @root: quiz.json, parsed (dojo_pack_read_item_json())
 * @quiz_id: the quiz's item id: with the learner id, it seeds the draw
 *
 * Returns: (transfer full): the quiz, started at attempt 0 for nobody in
 *   particular; call dojo_quiz_start() with the learner and attempt.
 */
DojoQuiz *
dojo_quiz_new_from_json (JsonNode    *root,
                         const char  *quiz_id,
                         GError     **error)
{
  g_autoptr(DojoQuiz) self = NULL;
  JsonObject *object;
  JsonArray *questions;
  JsonNode *node;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (quiz_id != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                   _("quiz.json must hold an object"));
      return NULL;
    }
  object = json_node_get_object (root);

  self = g_object_new (DOJO_TYPE_QUIZ, NULL);
  self->id = g_strdup (quiz_id);
  self->title = dup_member_string (object, "title");
  self->tutor_prompt = dup_member_string (object, "tutor_prompt");

  node = json_object_get_member (object, "questions");
  questions = node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  if (questions == NULL || json_array_get_length (questions) == 0)
    {
      g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                   _("quiz.json: “questions” must list at least one question"));
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (questions); i++)
    {
      Question *q = parse_question (json_array_get_element (questions, i), i + 1, error);

      if (q == NULL)
        return NULL;
      g_ptr_array_add (self->pool, q);
      if (q->kind == DOJO_QUIZ_QUESTION_TRY_CODE)
        {
          g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                       _("quiz.json: question “%s”: a try-code question belongs in a lesson; "
                         "a quiz asks for code with write-code"), q->id);
          return NULL;
        }
    }

  node = json_object_get_member (object, "pass_mark");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_INT64)
    self->pass_mark = CLAMP (json_node_get_int (node), 0, 100);

  node = json_object_get_member (object, "draw");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_INT64)
    self->draw = CLAMP (json_node_get_int (node), 1, (gint64)self->pool->len);

  dojo_quiz_start (self, NULL, 0);

  return g_steal_pointer (&self);
}

/**
 * dojo_quiz_new_from_question:
 * @question: one question object, in the format of quiz.json's "questions"
 * @quiz_id: an id for the one-question quiz (the lesson's id, say)
 *
 * A quiz of one question, for a question a lesson asks inside its text.
 * Write-code questions are refused: a lesson has no exercise to point at.
 *
 * Returns: (transfer full): the quiz, or %NULL with @error set
 */
DojoQuiz *
dojo_quiz_new_from_question (JsonNode    *question,
                             const char  *quiz_id,
                             GError     **error)
{
  g_autoptr(DojoQuiz) self = NULL;
  Question *q;

  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (quiz_id != NULL, NULL);

  q = parse_question (question, 1, error);
  if (q == NULL)
    return NULL;
  if (q->kind == DOJO_QUIZ_QUESTION_WRITE_CODE)
    {
      g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                   _("question “%s”: a lesson cannot ask a write-code question"), q->id);
      question_free (q);
      return NULL;
    }

  self = g_object_new (DOJO_TYPE_QUIZ, NULL);
  self->id = g_strdup (quiz_id);
  g_ptr_array_add (self->pool, q);
  dojo_quiz_start (self, NULL, 0);

  return g_steal_pointer (&self);
}

/**
 * dojo_quiz_new_from_question_text:
 * @json: the text of one question object (a lesson's `question` block)
 * @length: its length in bytes, or -1 if nul-terminated
 *
 * Like dojo_quiz_new_from_question(), from text: strict JSON, no larger than
 * %DOJO_QUIZ_MAX_QUESTION_SIZE and no deeper than any honest question.
 *
 * Returns: (transfer full): the quiz, or %NULL with @error set
 */
DojoQuiz *
dojo_quiz_new_from_question_text (const char  *json,
                                  gssize       length,
                                  const char  *quiz_id,
                                  GError     **error)
{
  g_autoptr(DojoJsonDoc) doc = NULL;
  guint line = 0;

  g_return_val_if_fail (json != NULL || length == 0, NULL);
  g_return_val_if_fail (quiz_id != NULL, NULL);

  if (json == NULL)
    json = "";
  if (length < 0)
    length = strlen (json);

  if ((gsize)length > DOJO_QUIZ_MAX_QUESTION_SIZE)
    {
      g_set_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID,
                   _("the question is larger than %u KiB"),
                   DOJO_QUIZ_MAX_QUESTION_SIZE / 1024);
      return NULL;
    }

  doc = _dojo_json_doc_parse (json, length, &line, error);
  if (doc == NULL)
    return NULL;

  return dojo_quiz_new_from_question (_dojo_json_doc_get_root (doc), quiz_id, error);
}

const char *
dojo_quiz_get_id (DojoQuiz *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ (self), NULL);
  return self->id;
}

const char *
dojo_quiz_get_title (DojoQuiz *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ (self), NULL);
  return self->title;
}

const char *
dojo_quiz_get_tutor_prompt (DojoQuiz *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ (self), NULL);
  return self->tutor_prompt;
}

guint
dojo_quiz_get_pass_mark (DojoQuiz *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ (self), 0);
  return self->pass_mark;
}

guint
dojo_quiz_get_pool_size (DojoQuiz *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ (self), 0);
  return self->pool->len;
}

static guint32
attempt_seed (const char *learner_id,
              const char *quiz_id,
              guint       attempt)
{
  /* djb2 (g_str_hash) of both ids: the same learner sees the same draw and
   * order every time they open the quiz, until they retake it. */
  guint32 seed = g_str_hash (learner_id ? learner_id : "");

  seed = seed * 31 + g_str_hash (quiz_id);
  seed ^= attempt * 0x9E3779B9u;
  return seed;
}

static void
shuffle (GArray     *order,
         guint       n,
         guint32     seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  g_array_set_size (order, 0);
  for (guint i = 0; i < n; i++)
    g_array_append_val (order, i);

  for (guint i = n; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      guint tmp = g_array_index (order, guint, i - 1);

      g_array_index (order, guint, i - 1) = g_array_index (order, guint, j);
      g_array_index (order, guint, j) = tmp;
    }
}

static gboolean
same_order (GArray *a,
            GArray *b,
            guint   n)
{
  for (guint i = 0; i < n; i++)
    if (g_array_index (a, guint, i) != g_array_index (b, guint, i))
      return FALSE;
  return TRUE;
}

/* Takes every "always" question and then the others, in the shuffled order,
 * into the first *@n places (more if there are more "always" questions than
 * the draw), and shuffles those places again so that the "always" ones are
 * not always first. */
static void
draw_always_first (DojoQuiz *self,
                   guint    *n,
                   guint32   seed)
{
  g_autoptr(GArray) drawn = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_always = 0;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->order->len; i++)
      {
        guint index = g_array_index (self->order, guint, i);
        const Question *q = g_ptr_array_index (self->pool, index);

        if (q->always == (pass == 0))
          {
            g_array_append_val (drawn, index);
            n_always += q->always;
          }
      }

  *n = MAX (*n, n_always);
  shuffle (places, *n, seed);
  for (guint i = 0; i < *n; i++)
    g_array_index (self->order, guint, i) =
      g_array_index (drawn, guint, g_array_index (places, guint, i));
  for (guint i = *n; i < drawn->len; i++)
    g_array_index (self->order, guint, i) = g_array_index (drawn, guint, i);
}

/**
 * dojo_quiz_start:
 * @learner_id: (nullable): who takes the quiz
 * @attempt: how many times they retook it before (keep it in their progress)
 *
 * Draws this attempt's questions and clears the answers. The draw and the
 * order depend only on @learner_id, the quiz id and @attempt.
 */
void
dojo_quiz_start (DojoQuiz   *self,
                 const char *learner_id,
                 guint       attempt)
{
  guint n;

  g_return_if_fail (DOJO_IS_QUIZ (self));

  if (learner_id != self->learner_id)
    {
      g_free (self->learner_id);
      self->learner_id = g_strdup (learner_id);
    }
  self->attempt = attempt;

  n = self->draw ? self->draw : self->pool->len;
  shuffle (self->order, self->pool->len, attempt_seed (self->learner_id, self->id, attempt));
  if (n < self->pool->len)
    draw_always_first (self, &n, attempt_seed (self->learner_id, self->id, attempt) + 1);
  g_array_set_size (self->order, n);

  g_array_set_size (self->answers, 0);
  g_array_set_size (self->answers, n);
}

/* Starts the next attempt, in an order that differs from this one's
 * whenever the pool allows another. */
void
dojo_quiz_retake (DojoQuiz *self)
{
  g_autoptr(GArray) before = NULL;
  guint n;

  g_return_if_fail (DOJO_IS_QUIZ (self));

  before = g_array_copy (self->order);
  n = before->len;

  for (guint tries = 0; tries < 16; tries++)
    {
      dojo_quiz_start (self, self->learner_id, self->attempt + 1);
      if (self->pool->len < 2 || !same_order (before, self->order, n))
        break;
    }
}

guint
dojo_quiz_get_attempt (DojoQuiz *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ (self), 0);
  return self->attempt;
}

guint
dojo_quiz_get_n_questions (DojoQuiz *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ (self), 0);
  return self->order->len;
}

static Question *
question_at (DojoQuiz *self,
             guint     position)
{
  if (position >= self->order->len)
    return NULL;
  return g_ptr_array_index (self->pool, g_array_index (self->order, guint, position));
}

#define QUESTION_OR_RETURN(val)                                 \
  Question *q;                                                  \
  g_return_val_if_fail (DOJO_IS_QUIZ (self), val);              \
  q = question_at (self, position);                             \
  g_return_val_if_fail (q != NULL, val)

#define QUESTION_OR_RETURN_VOID()                               \
  Question *q;                                                  \
  g_return_if_fail (DOJO_IS_QUIZ (self));                       \
  q = question_at (self, position);                             \
  g_return_if_fail (q != NULL)

const char *
dojo_quiz_question_get_id (DojoQuiz *self,
                           guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return q->id;
}

DojoQuizQuestionType
dojo_quiz_question_get_kind (DojoQuiz *self,
                             guint     position)
{
  QUESTION_OR_RETURN (DOJO_QUIZ_QUESTION_SINGLE);
  return q->kind;
}

const char *
dojo_quiz_question_get_prompt (DojoQuiz *self,
                               guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return q->prompt;
}

/* Returns: (nullable): the choices of a single or multiple choice question */
const char * const *
dojo_quiz_question_get_choices (DojoQuiz *self,
                                guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return (const char * const *)q->choices;
}

const char *
dojo_quiz_question_get_code (DojoQuiz *self,
                             guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return q->code;
}

const char *
dojo_quiz_question_get_explanation (DojoQuiz *self,
                                    guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return q->explanation;
}

/* Returns: (nullable): the output a predict-output question expects */
const char *
dojo_quiz_question_get_expected_output (DojoQuiz *self,
                                        guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return q->kind == DOJO_QUIZ_QUESTION_PREDICT_OUTPUT ||
         q->kind == DOJO_QUIZ_QUESTION_TRY_CODE ? q->answer : NULL;
}

/* Returns: (nullable): the exercise a write-code question asks for */
const char *
dojo_quiz_question_get_exercise (DojoQuiz *self,
                                 guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return q->kind == DOJO_QUIZ_QUESTION_WRITE_CODE ? q->answer : NULL;
}

/* Returns: (nullable): what a try-code question's program reads */
const char *
dojo_quiz_question_get_stdin (DojoQuiz *self,
                              guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return q->stdin_text;
}

/* Returns: (nullable): how a try-code question's output is compared */
const char *
dojo_quiz_question_get_match (DojoQuiz *self,
                              guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return q->match;
}

/* Returns: (nullable): a try-code question's program that passes */
const char *
dojo_quiz_question_get_solution (DojoQuiz *self,
                                 guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return q->solution;
}

/* For a single choice question, choosing one unchooses the others. */
void
dojo_quiz_answer_choice (DojoQuiz *self,
                         guint     position,
                         guint     choice,
                         gboolean  chosen)
{
  Answer *a;
  guint64 bit;

  QUESTION_OR_RETURN_VOID ();
  g_return_if_fail (q->choices != NULL && choice < g_strv_length (q->choices));

  a = &g_array_index (self->answers, Answer, position);
  bit = G_GUINT64_CONSTANT (1) << choice;

  if (q->kind == DOJO_QUIZ_QUESTION_SINGLE)
    a->chosen = chosen ? bit : (a->chosen & ~bit);
  else if (chosen)
    a->chosen |= bit;
  else
    a->chosen &= ~bit;
}

gboolean
dojo_quiz_get_choice (DojoQuiz *self,
                      guint     position,
                      guint     choice)
{
  QUESTION_OR_RETURN (FALSE);
  if (choice >= 64)
    return FALSE;
  return (g_array_index (self->answers, Answer, position).chosen >> choice) & 1;
}

void
dojo_quiz_answer_text (DojoQuiz   *self,
                       guint       position,
                       const char *text)
{
  Answer *a;

  QUESTION_OR_RETURN_VOID ();
  a = &g_array_index (self->answers, Answer, position);
  g_free (a->text);
  a->text = g_strdup (text);
}

/* Returns: (nullable): the text answered to a predict-output question */
const char *
dojo_quiz_get_answer_text (DojoQuiz *self,
                           guint     position)
{
  QUESTION_OR_RETURN (NULL);
  return g_array_index (self->answers, Answer, position).text;
}

void
dojo_quiz_set_exercise_passed (DojoQuiz   *self,
                               const char *exercise_id,
                               gboolean    passed)
{
  g_return_if_fail (DOJO_IS_QUIZ (self));
  g_return_if_fail (exercise_id != NULL);

  if (passed)
    g_hash_table_add (self->passed_exercises, g_strdup (exercise_id));
  else
    g_hash_table_remove (self->passed_exercises, exercise_id);
}

gboolean
dojo_quiz_get_exercise_passed (DojoQuiz   *self,
                               const char *exercise_id)
{
  g_return_val_if_fail (DOJO_IS_QUIZ (self), FALSE);
  return exercise_id && g_hash_table_contains (self->passed_exercises, exercise_id);
}

/* A try-code question is right once the learner's program, run in the
 * sandbox, printed what it asks for (the card runs it; see
 * dojo_try_code_run_async()). */
void
dojo_quiz_set_code_passed (DojoQuiz *self,
                           guint     position,
                           gboolean  passed)
{
  QUESTION_OR_RETURN_VOID ();
  g_array_index (self->answers, Answer, position).code_passed = passed;
}

/* Output is compared exactly, except that a missing or extra newline at the
 * end (the learner rarely types the one print() adds) does not count. */
static gboolean
output_equal (const char *expected,
              const char *actual)
{
  gsize le, la;

  if (actual == NULL)
    return FALSE;

  le = strlen (expected);
  la = strlen (actual);
  while (le > 0 && expected[le - 1] == '\n')
    le--;
  while (la > 0 && actual[la - 1] == '\n')
    la--;

  return le == la && memcmp (expected, actual, le) == 0;
}

gboolean
dojo_quiz_is_correct (DojoQuiz *self,
                      guint     position)
{
  Answer *a;

  QUESTION_OR_RETURN (FALSE);
  a = &g_array_index (self->answers, Answer, position);

  switch (q->kind)
    {
    case DOJO_QUIZ_QUESTION_SINGLE:
    case DOJO_QUIZ_QUESTION_MULTIPLE:
      return a->chosen == q->right;
    case DOJO_QUIZ_QUESTION_PREDICT_OUTPUT:
      return output_equal (q->answer, a->text);
    case DOJO_QUIZ_QUESTION_WRITE_CODE:
      return g_hash_table_contains (self->passed_exercises, q->answer);
    case DOJO_QUIZ_QUESTION_TRY_CODE:
      return a->code_passed;
    default:
      g_assert_not_reached ();
    }
}

guint
dojo_quiz_get_n_correct (DojoQuiz *self)
{
  guint n = 0;

  g_return_val_if_fail (DOJO_IS_QUIZ (self), 0);

  for (guint i = 0; i < self->order->len; i++)
    n += dojo_quiz_is_correct (self, i);
  return n;
}

/* Returns: the percentage of right answers, rounded down. */
guint
dojo_quiz_get_score (DojoQuiz *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ (self), 0);

  if (self->order->len == 0)
    return 0;
  return dojo_quiz_get_n_correct (self) * 100 / self->order->len;
}

gboolean
dojo_quiz_get_passed (DojoQuiz *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ (self), FALSE);

  /* Compared without rounding: 2 of 3 right is not 67 %. */
  return dojo_quiz_get_n_correct (self) * 100 >= self->pass_mark * self->order->len;
}
