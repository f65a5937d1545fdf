/* dojo-paste-guard.c: "type it yourself": no pasting into exercise files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-paste-guard"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-paste-guard.h"

/* Typing code, rather than pasting it, is how it sticks: while enabled, the
 * guard refuses every way text can arrive in the view from elsewhere
 * (Ctrl+V and the context menu's Paste, which both emit paste-clipboard; a
 * middle click, which pastes the primary selection; and dropping text) and
 * says why through DojoPasteGuard::refused. Typing, undo and cut/copy stay. */
struct _DojoPasteGuard
{
  GObject             parent_instance;

  GtkTextView        *view;    /* weak */
  GtkEventController *middle_click;
  GtkEventController *drop;
  gulong              paste_handler;
  gboolean            enabled;
};

G_DEFINE_FINAL_TYPE (DojoPasteGuard, dojo_paste_guard, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_ENABLED,
  N_PROPS
};

enum {
  REFUSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
refuse (DojoPasteGuard *self)
{
  g_signal_emit (self, signals[REFUSED], 0, dojo_paste_guard_get_note ());
}

static void
on_paste_clipboard (GtkTextView    *view,
                    DojoPasteGuard *self)
{
  if (!self->enabled)
    return;

  g_signal_stop_emission_by_name (view, "paste-clipboard");
  refuse (self);
}

static void
on_middle_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   DojoPasteGuard  *self)
{
  if (!self->enabled)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  /* Claimed in the capture phase, the press never reaches the view's own
   * gesture, which would paste the primary selection. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  refuse (self);
}

static gboolean
on_drop_accept (GtkDropTarget  *target,
                GdkDrop        *drop,
                DojoPasteGuard *self)
{
  return self->enabled;
}

static GdkDragAction
on_drop_motion (GtkDropTarget  *target,
                double          x,
                double          y,
                DojoPasteGuard *self)
{
  /* Taking the drop here (and throwing it away) keeps it from the view's
   * own drop target, which would insert it. */
  return GDK_ACTION_COPY;
}

static gboolean
on_drop (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         DojoPasteGuard *self)
{
  refuse (self);
  return TRUE;
}

static void
attach (DojoPasteGuard *self,
        GtkTextView    *view)
{
  GtkGesture *click;
  GtkDropTarget *drop;

  g_set_weak_pointer (&self->view, view);

  self->paste_handler =
    g_signal_connect_object (view, "paste-clipboard",
                             G_CALLBACK (on_paste_clipboard), self, 0);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_MIDDLE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (click), "dojo-paste-guard-click");
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_middle_pressed), self, 0);
  self->middle_click = GTK_EVENT_CONTROLLER (click);
  gtk_widget_add_controller (GTK_WIDGET (view), g_object_ref (self->middle_click));

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY | GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (drop, (GType[]) { G_TYPE_STRING, GDK_TYPE_FILE_LIST }, 2);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drop), GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (drop), "dojo-paste-guard-drop");
  g_signal_connect_object (drop, "accept", G_CALLBACK (on_drop_accept), self, 0);
  g_signal_connect_object (drop, "motion", G_CALLBACK (on_drop_motion), self, 0);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  self->drop = GTK_EVENT_CONTROLLER (drop);
  gtk_widget_add_controller (GTK_WIDGET (view), g_object_ref (self->drop));
}

static void
dojo_paste_guard_dispose (GObject *object)
{
  DojoPasteGuard *self = (DojoPasteGuard *)object;

  if (self->view != NULL)
    {
      g_clear_signal_handler (&self->paste_handler, self->view);
      gtk_widget_remove_controller (GTK_WIDGET (self->view), self->middle_click);
      gtk_widget_remove_controller (GTK_WIDGET (self->view), self->drop);
      g_clear_weak_pointer (&self->view);
    }
  g_clear_object (&self->middle_click);
  g_clear_object (&self->drop);

  G_OBJECT_CLASS (dojo_paste_guard_parent_class)->dispose (object);
}

static void
dojo_paste_guard_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DojoPasteGuard *self = DOJO_PASTE_GUARD (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_paste_guard_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DojoPasteGuard *self = DOJO_PASTE_GUARD (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      attach (self, g_value_get_object (value));
      break;
    case PROP_ENABLED:
      dojo_paste_guard_set_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_paste_guard_class_init (DojoPasteGuardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dojo_paste_guard_dispose;
  object_class->get_property = dojo_paste_guard_get_property;
  object_class->set_property = dojo_paste_guard_set_property;

  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL,
                         GTK_TYPE_TEXT_VIEW,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* Bind it to the type-it-yourself setting; an exercise file turns it on,
   * a playground or project file off. */
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoPasteGuard::refused:
   * @note: a gentle note saying why, for a toast
   *
   * Something was about to be pasted or dropped into the view and was not.
   */
  signals[REFUSED] =
    g_signal_new ("refused",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
dojo_paste_guard_init (DojoPasteGuard *self)
{
  self->enabled = TRUE;
}

/* Returns: (transfer full): a guard on @view, enabled; it lives as long as
 * the caller keeps it (and stops guarding when unreffed). */
DojoPasteGuard *
dojo_paste_guard_new (GtkTextView *view)
{
  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  return g_object_new (DOJO_TYPE_PASTE_GUARD, "view", view, NULL);
}

GtkTextView *
dojo_paste_guard_get_view (DojoPasteGuard *self)
{
  g_return_val_if_fail (DOJO_IS_PASTE_GUARD (self), NULL);
  return self->view;
}

gboolean
dojo_paste_guard_get_enabled (DojoPasteGuard *self)
{
  g_return_val_if_fail (DOJO_IS_PASTE_GUARD (self), FALSE);
  return self->enabled;
}

void
dojo_paste_guard_set_enabled (DojoPasteGuard *self,
                              gboolean        enabled)
{
  g_return_if_fail (DOJO_IS_PASTE_GUARD (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  if (self->drop != NULL)
    gtk_event_controller_set_propagation_phase (self->drop,
                                                enabled ? GTK_PHASE_CAPTURE : GTK_PHASE_NONE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

const char *
dojo_paste_guard_get_note (void)
{
  return _("Typing the code yourself is how it sticks — give it a go!");
}
