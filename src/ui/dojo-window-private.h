/* dojo-window-private.h: what dojo-window.c and dojo-window-actions.c share
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dojo-check-panel.h"
#include "dojo-course-session.h"
#include "dojo-course-view.h"
#include "dojo-debug.h"
#include "dojo-editor-tabs.h"
#include "dojo-file-list.h"
#include "dojo-ignore-cache.h"
#include "dojo-lesson-view.h"
#include "dojo-quiz-view.h"
#include "dojo-terminal.h"
#include "dojo-vcs-button.h"
#include "dojo-window.h"

G_BEGIN_DECLS

struct _DojoWindow
{
  AdwApplicationWindow  parent_instance;

  /* The template's widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwFlap              *flap;
  GtkWidget            *outline_button;
  DojoCourseView       *course_view;
  GtkWidget            *run_button;
  GtkWidget            *check_button;
  GtkWidget            *navigation_box;
  GtkWidget            *previous_button;
  GtkWidget            *next_button;
  GtkPaned             *lesson_paned;
  GtkStack             *left_stack;
  GtkPaned             *lesson_split;
  /* Made when the first exercise opens (ensure_check_panel()), NULL before. */
  DojoCheckPanel       *check_panel;
  DojoQuizView         *quiz_view;
  DojoVcsButton        *vcs_button;
  GtkPaned             *debug_paned;
  /* The debugger (dojo-window-debug.c): the panel is made on the first
   * Debug; the run and its last stop are NULL when nothing is debugged. */
  GtkWidget            *debug_panel;
  DojoDebugRun         *debug_run;
  JsonObject           *debug_event;
  guint                 debug_moving : 1;
  guint                 debug_exited : 1;
  GtkPaned             *work_paned;
  GtkPaned             *files_paned;
  GtkWidget            *files_box;
  /* Made just after the first frame, into files_box (ensure_file_list()):
   * NULL before. */
  DojoFileList         *file_list;
  /* What git ignores, for the file list's dimmed rows: asked in a worker. */
  DojoIgnoreCache      *ignore_cache;
  /* The idle after the first frame, then the wait for the Git button's
   * first status (finish_start()). */
  guint                 after_first_frame_source;
  gulong                git_checked_handler;
  DojoEditorTabs       *tabs;
  /* Above the tabs while a merge is under way (dojo-window-merge.c). */
  GtkRevealer          *merge_revealer;
  GtkLabel             *merge_label;
  /* The merge under way had its conflicted files opened. */
  guint                 merge_opened : 1;
  DojoLessonView       *lesson_view;
  /* Above the lesson on a task opened from a quiz's write-code question:
   * the quiz and the task (NULL when not come from a quiz). */
  GtkRevealer          *quiz_return_revealer;
  GtkLabel             *quiz_return_label;
  char                 *return_quiz;
  char                 *return_task;
  DojoTerminal         *terminal;

  /* What is open: the course, the item and its project */
  DojoCourse           *course;
  DojoCourseSession    *session;
  DojoProject          *project;

  GCancellable         *cancellable;
  GCancellable         *check_cancellable;
  GSettings            *settings;
  guint                 focus_outline_source;
  guint                 remember_tabs_source;
  /* The tabs of a project still to open, just after the one in view. */
  GStrv                 pending_files;
  guint                 pending_files_source;

  guint                 closing_confirmed : 1;
};

/* A key that works from every pane of the window (see dojo-window-actions.c). */
typedef struct
{
  guint            keyval;
  GdkModifierType  modifiers;
  const char      *action;
} DojoWindowShortcut;

const DojoWindowShortcut *_dojo_window_get_shortcuts     (guint          *n_shortcuts);
void                      _dojo_window_class_add_actions (GtkWidgetClass *widget_class);
void                      _dojo_window_add_shortcuts     (DojoWindow     *self);
void                      _dojo_window_update_actions    (DojoWindow     *self);
void                      _dojo_window_show_error        (DojoWindow     *self,
                                                          const char     *what,
                                                          GError         *error);
DojoExercise             *_dojo_window_get_exercise      (DojoWindow     *self);
char                     *_dojo_window_dup_relative_path (DojoWindow     *self,
                                                          GFile          *file);
void                      _dojo_window_show_verdict      (DojoWindow     *self,
                                                          DojoVerdict    *verdict);
void                      _dojo_window_show_library      (DojoWindow     *self);
void                      _dojo_window_back_to_quiz      (DojoWindow     *self);
void                      _dojo_window_reopen_starter_files (DojoWindow  *self);
void                      _dojo_window_class_add_debug_actions (GtkWidgetClass *widget_class);
void                      _dojo_window_debug_update_actions (DojoWindow  *self);
void                      _dojo_window_debug_end         (DojoWindow     *self);
void                      _dojo_window_debug_close       (DojoWindow     *self);
void                      _dojo_window_debug_check       (DojoWindow     *self,
                                                          DojoCheckResult *result);
void                      _dojo_window_debug_watch_editor (DojoWindow    *self,
                                                          DojoEditor     *editor);
void                      _dojo_window_vcs_prepare       (DojoVcsButton  *button,
                                                          const char     *action_name,
                                                          gpointer        user_data);
void                      _dojo_window_class_add_merge_actions (GtkWidgetClass *widget_class);
void                      _dojo_window_merge_init        (DojoWindow     *self);
void                      _dojo_window_merge_watch_editor (DojoWindow    *self,
                                                          DojoEditor     *editor);
void                      _dojo_window_merge_update_actions (DojoWindow  *self);
gboolean                  _dojo_window_get_merging       (DojoWindow     *self);

G_END_DECLS
