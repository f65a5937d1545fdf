/* dojo-lesson-view.c: the lesson pane, Markdown shown as a readable page
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-lesson-view"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "dojo-checker.h"
#include "dojo-lesson-question.h"
#include "dojo-lesson-view.h"
#include "dojo-source-util.h"
#include "dojo-markdown.h"

struct _DojoLessonView
{
  GtkWidget      parent_instance;

  GtkWidget     *scroller;
  GtkTextView   *text_view;

  char          *markdown;
  gsize          length;
  GFile         *base_dir;
  double         font_scale;
  gboolean       hovering_link;
  /* "position:id" -> DojoQuiz: the learner's answers to the lesson's
   * questions, kept while the lesson is rendered again */
  GHashTable    *answers;
  guint          widths_id;
  guint          style_id;
  int            cards_width;
  /* try-code cards: where they keep what the learner types, and what runs
   * it (lazily made, with the pack's packages) */
  GFile         *code_dir;
  GStrv          packages;
  DojoChecker   *checker;
  /* Cards wait (dojo_lesson_view_hold_cards()) and are owed. */
  guint          cards_held : 1;
  guint          cards_owed : 1;
};

G_DEFINE_FINAL_TYPE (DojoLessonView, dojo_lesson_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FONT_SCALE,
  N_PROPS
};

enum {
  ACTIVATE_LINK,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* A GtkTextView gives an anchored widget its minimum width: a card asks for
 * the width of the text, so that it reads as a part of the page. */
static void
update_card_widths (DojoLessonView *self)
{
  GPtrArray *anchors = dojo_markdown_get_questions (gtk_text_view_get_buffer (self->text_view));
  int width = gtk_widget_get_width (GTK_WIDGET (self->text_view))
              - gtk_text_view_get_left_margin (self->text_view)
              - gtk_text_view_get_right_margin (self->text_view) - 8;

  if (width <= 0)
    return;
  self->cards_width = width;

  for (guint i = 0; anchors != NULL && i < anchors->len; i++)
    {
      guint n = 0;
      g_autofree GtkWidget **cards =
        gtk_text_child_anchor_get_widgets (g_ptr_array_index (anchors, i), &n);

      for (guint j = 0; j < n; j++)
        gtk_widget_set_size_request (cards[j], width, -1);
    }
}

static gboolean
update_card_widths_idle (gpointer user_data)
{
  DojoLessonView *self = user_data;

  self->widths_id = 0;
  update_card_widths (self);
  return G_SOURCE_REMOVE;
}

/* The page's width changed: the cards follow once it is laid out. */
static void
on_page_size_changed (DojoLessonView *self)
{
  if (self->widths_id == 0)
    self->widths_id = g_idle_add (update_card_widths_idle, self);
}

/* A card for each question of the lesson; a question met before (the same
 * lesson shown again) keeps the learner's answers. */
static void
add_question_cards (DojoLessonView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GPtrArray *anchors = dojo_markdown_get_questions (buffer);
  gboolean high_contrast;

  if (self->cards_held)
    {
      self->cards_owed = anchors != NULL && anchors->len > 0;
      return;
    }
  self->cards_owed = FALSE;
  high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  for (guint i = 0; anchors != NULL && i < anchors->len; i++)
    {
      GtkTextChildAnchor *anchor = g_ptr_array_index (anchors, i);
      DojoQuiz *quiz = dojo_markdown_question_get_quiz (anchor);
      g_autofree char *key = g_strdup_printf ("%u:%s", i, dojo_quiz_question_get_id (quiz, 0));
      DojoQuiz *kept = g_hash_table_lookup (self->answers, key);
      GtkWidget *card;

      if (kept == NULL)
        g_hash_table_insert (self->answers, g_steal_pointer (&key), g_object_ref (quiz));
      else
        quiz = kept;

      card = dojo_lesson_question_new (quiz, self->font_scale, high_contrast);
      if (dojo_quiz_question_get_kind (quiz, 0) == DOJO_QUIZ_QUESTION_TRY_CODE)
        {
          if (self->checker == NULL)
            {
              self->checker = dojo_checker_new ();
              dojo_checker_set_packages (self->checker, (const char * const *)self->packages);
            }
          dojo_lesson_question_set_runner (DOJO_LESSON_QUESTION (card), self->checker,
                                           self->code_dir);
        }
      if (self->cards_width > 0)
        gtk_widget_set_size_request (card, self->cards_width, -1);
      gtk_text_view_add_child_at_anchor (self->text_view, card, anchor);
    }

  on_page_size_changed (self);
}

static gboolean
render (DojoLessonView  *self,
        const char      *markdown,
        gsize            length,
        GFile           *base_dir,
        GError         **error)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->text_view));
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (!dojo_markdown_render_full (gtk_text_view_get_buffer (self->text_view),
                                  markdown, length, base_dir, dojo_source_util_get_scheme (),
                                  context, self->font_scale,
                                  adw_style_manager_get_high_contrast (style), error))
    return FALSE;

  add_question_cards (self);
  return TRUE;
}

static void
rerender (DojoLessonView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->markdown == NULL || self->text_view == NULL)
    return;

  /* the text was accepted once, so this cannot fail but for a bug */
  if (!render (self, self->markdown, self->length, self->base_dir, &error))
    g_warning ("Could not render the lesson again: %s", error->message);
}

static gboolean
rerender_idle (gpointer user_data)
{
  DojoLessonView *self = user_data;

  self->style_id = 0;
  rerender (self);
  return G_SOURCE_REMOVE;
}

/* Once the style has changed: the cards' widgets made while it changes
 * would keep the old style's text colour. */
static void
on_style_changed (DojoLessonView *self)
{
  if (self->style_id == 0)
    self->style_id = g_idle_add (rerender_idle, self);
}

static const char *
link_at_widget_coords (DojoLessonView *self,
                       double          x,
                       double          y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int)x, (int)y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return NULL;

  return dojo_markdown_get_link_at_iter (&iter);
}

static gboolean
activate_link_at_cursor (DojoLessonView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  const char *href;
  gboolean handled = FALSE;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  if ((href = dojo_markdown_get_link_at_iter (&iter)) == NULL)
    return FALSE;

  g_signal_emit (self, signals[ACTIVATE_LINK], 0, href, &handled);

  return TRUE;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   DojoLessonView  *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *href = NULL;
  gboolean handled = FALSE;

  /* a drag that selected text is not a click on the link */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (buffer))
    return;

  href = g_strdup (link_at_widget_coords (self, x, y));
  if (href != NULL)
    g_signal_emit (self, signals[ACTIVATE_LINK], 0, href, &handled);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           DojoLessonView           *self)
{
  gboolean hovering = link_at_widget_coords (self, x, y) != NULL;

  if (hovering != self->hovering_link)
    {
      self->hovering_link = hovering;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view),
                                       hovering ? "pointer" : "text");
    }
}

static void
on_leave (GtkEventControllerMotion *motion,
          DojoLessonView           *self)
{
  if (self->hovering_link)
    {
      self->hovering_link = FALSE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), "text");
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DojoLessonView        *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return GDK_EVENT_PROPAGATE;

  return activate_link_at_cursor (self) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  activate_link_at_cursor (DOJO_LESSON_VIEW (widget));
}

static gboolean
dojo_lesson_view_real_activate_link (DojoLessonView *self,
                                     const char     *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  const char *scheme = g_uri_peek_scheme (uri);

  /* Only the web: a lesson must not start other programs or open files. */
  if (scheme == NULL || (strcmp (scheme, "http") != 0 && strcmp (scheme, "https") != 0))
    return FALSE;

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

    gtk_uri_launcher_launch (launcher, window, NULL, NULL, NULL);
  }
#else
  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
#endif

  return TRUE;
}

static void
dojo_lesson_view_dispose (GObject *object)
{
  DojoLessonView *self = (DojoLessonView *)object;

  g_clear_handle_id (&self->widths_id, g_source_remove);
  g_clear_handle_id (&self->style_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_LESSON_VIEW);

  g_clear_object (&self->base_dir);
  g_clear_object (&self->code_dir);
  g_clear_object (&self->checker);

  G_OBJECT_CLASS (dojo_lesson_view_parent_class)->dispose (object);
}

static void
dojo_lesson_view_finalize (GObject *object)
{
  DojoLessonView *self = (DojoLessonView *)object;

  g_clear_pointer (&self->markdown, g_free);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->packages, g_strfreev);

  G_OBJECT_CLASS (dojo_lesson_view_parent_class)->finalize (object);
}

static void
dojo_lesson_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DojoLessonView *self = DOJO_LESSON_VIEW (object);

  switch (prop_id)
    {
    case PROP_FONT_SCALE:
      g_value_set_double (value, self->font_scale);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_lesson_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DojoLessonView *self = DOJO_LESSON_VIEW (object);

  switch (prop_id)
    {
    case PROP_FONT_SCALE:
      dojo_lesson_view_set_font_scale (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_lesson_view_class_init (DojoLessonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_lesson_view_dispose;
  object_class->finalize = dojo_lesson_view_finalize;
  object_class->get_property = dojo_lesson_view_get_property;
  object_class->set_property = dojo_lesson_view_set_property;

  /**
   * DojoLessonView:font-scale:
   *
   * How much larger than the interface font the lesson's text is.
   */
  properties[PROP_FONT_SCALE] =
    g_param_spec_double ("font-scale", NULL, NULL,
                         0.75, 2.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoLessonView::activate-link:
   * @self: the lesson view
   * @uri: the link's target, as written in the lesson
   *
   * Emitted when the learner clicks a link or presses Enter on it. The default
   * handler opens http and https links in the browser.
   *
   * Returns: %TRUE if the link was handled
   */
  signals[ACTIVATE_LINK] =
    g_signal_new_class_handler ("activate-link",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (dojo_lesson_view_real_activate_link),
                                g_signal_accumulator_true_handled, NULL,
                                NULL,
                                G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "lesson-view.open-link", NULL,
                                   open_link_action);

  g_type_ensure (ADW_TYPE_CLAMP_SCROLLABLE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-lesson-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoLessonView, scroller);
  gtk_widget_class_bind_template_child (widget_class, DojoLessonView, text_view);
  gtk_widget_class_bind_template_callback (widget_class, on_click_released);
  gtk_widget_class_bind_template_callback (widget_class, on_motion);
  gtk_widget_class_bind_template_callback (widget_class, on_leave);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dojolessonview");
}

static void
dojo_lesson_view_init (DojoLessonView *self)
{
  GtkAdjustment *hadjustment;

  self->font_scale = 1.0;
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  dojo_source_util_init ();
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Lesson"),
                                  -1);

  hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  g_signal_connect_object (hadjustment,
                           "notify::page-size",
                           G_CALLBACK (on_page_size_changed),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (),
                           "notify::dark",
                           G_CALLBACK (on_style_changed),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (),
                           "notify::high-contrast",
                           G_CALLBACK (on_style_changed),
                           self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
dojo_lesson_view_new (void)
{
  return g_object_new (DOJO_TYPE_LESSON_VIEW, NULL);
}

/**
 * dojo_lesson_view_set_markdown:
 * @self: a #DojoLessonView
 * @markdown: the lesson, CommonMark with tables
 * @length: length of @markdown in bytes, or -1 if nul-terminated
 * @base_dir: (nullable): the lesson's folder, where its pictures are
 * @error: a location for a #GError
 *
 * Shows @markdown. If it cannot be shown the previous lesson stays.
 *
 * Returns: %TRUE on success
 */
gboolean
dojo_lesson_view_set_markdown (DojoLessonView  *self,
                               const char      *markdown,
                               gssize           length,
                               GFile           *base_dir,
                               GError         **error)
{
  GtkAdjustment *vadj;

  g_return_val_if_fail (DOJO_IS_LESSON_VIEW (self), FALSE);
  g_return_val_if_fail (markdown != NULL || length == 0, FALSE);
  g_return_val_if_fail (base_dir == NULL || G_IS_FILE (base_dir), FALSE);

  if (markdown == NULL)
    markdown = "";
  if (length < 0)
    length = strlen (markdown);

  /* another lesson, or this one edited: its questions start unanswered */
  if (self->markdown == NULL || self->length != (gsize)length ||
      memcmp (self->markdown, markdown, length) != 0)
    g_hash_table_remove_all (self->answers);

  if (!render (self, markdown, length, base_dir, error))
    return FALSE;

  g_clear_pointer (&self->markdown, g_free);
  self->markdown = g_strndup (markdown, length);
  self->length = length;
  g_set_object (&self->base_dir, base_dir);

  /* a new lesson is read from its beginning */
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  gtk_adjustment_set_value (vadj, gtk_adjustment_get_lower (vadj));

  return TRUE;
}

/**
 * dojo_lesson_view_load_resource:
 * @self: a #DojoLessonView
 * @path: a GResource path such as "/io/github/pydojo/Dojo/welcome.md"
 * @error: a location for a #GError
 *
 * Shows a lesson shipped in the application's resources; its pictures are
 * looked up next to it.
 *
 * Returns: %TRUE on success
 */
gboolean
dojo_lesson_view_load_resource (DojoLessonView  *self,
                                const char      *path,
                                GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) base_dir = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *uri = NULL;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (DOJO_IS_LESSON_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  dir = g_path_get_dirname (path);
  uri = g_strconcat ("resource://", dir, NULL);
  base_dir = g_file_new_for_uri (uri);

  data = g_bytes_get_data (bytes, &size);

  return dojo_lesson_view_set_markdown (self, data, size, base_dir, error);
}

/**
 * dojo_lesson_view_get_buffer:
 * @self: a #DojoLessonView
 *
 * Returns: (transfer none): the buffer the lesson is rendered into
 */
GtkTextBuffer *
dojo_lesson_view_get_buffer (DojoLessonView *self)
{
  g_return_val_if_fail (DOJO_IS_LESSON_VIEW (self), NULL);

  return gtk_text_view_get_buffer (self->text_view);
}

double
dojo_lesson_view_get_font_scale (DojoLessonView *self)
{
  g_return_val_if_fail (DOJO_IS_LESSON_VIEW (self), 1.0);

  return self->font_scale;
}

void
dojo_lesson_view_set_font_scale (DojoLessonView *self,
                                 double          font_scale)
{
  g_return_if_fail (DOJO_IS_LESSON_VIEW (self));

  font_scale = CLAMP (font_scale, 0.75, 2.0);

  if (G_APPROX_VALUE (self->font_scale, font_scale, 0.001))
    return;

  self->font_scale = font_scale;
  /* table columns are measured in pixels, so the page is laid out again */
  rerender (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FONT_SCALE]);
}

/**
 * dojo_lesson_view_set_try_context:
 * @self: a #DojoLessonView
 * @code_dir: (nullable): the folder where the lesson's try-code cards keep
 *   what the learner types, a file per question; %NULL: kept only while
 *   Dojo runs
 * @packages: (nullable) (array zero-terminated=1): the Python packages the
 *   pack declares, importable in a card's program
 *
 * For the lesson shown next (dojo_lesson_view_set_markdown()).
 */
void
dojo_lesson_view_set_try_context (DojoLessonView     *self,
                                  GFile              *code_dir,
                                  const char * const *packages)
{
  g_return_if_fail (DOJO_IS_LESSON_VIEW (self));
  g_return_if_fail (code_dir == NULL || G_IS_FILE (code_dir));

  g_set_object (&self->code_dir, code_dir);
  g_strfreev (self->packages);
  self->packages = g_strdupv ((char **)packages);
  if (self->checker != NULL)
    dojo_checker_set_packages (self->checker, packages);
}

/**
 * dojo_lesson_view_hold_cards:
 * @self: a lesson view
 * @hold: whether the lesson's question cards wait
 *
 * While held, a lesson is rendered without its question cards (their
 * places stay in the text); letting go adds the cards of the lesson shown.
 * The window holds them until its first frame is drawn: three cards cost
 * that frame about as much as the rest of the lesson's text.
 */
void
dojo_lesson_view_hold_cards (DojoLessonView *self,
                             gboolean        hold)
{
  g_return_if_fail (DOJO_IS_LESSON_VIEW (self));

  self->cards_held = !!hold;
  if (!self->cards_held && self->cards_owed)
    add_question_cards (self);
}
