/* dojo-file-list.h: the files and folders of the learner's project
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * DojoFileListIgnoredFunc:
 * @relative_path: a file or folder of the project, relative to its folder,
 *   with "/" between folders and no "/" at the end
 * @user_data: the data given with the function
 *
 * Returns: whether git ignores the file, so the list shows it dimmed
 */
typedef gboolean (*DojoFileListIgnoredFunc) (const char *relative_path,
                                             gpointer    user_data);

#define DOJO_TYPE_FILE_LIST (dojo_file_list_get_type ())

G_DECLARE_FINAL_TYPE (DojoFileList, dojo_file_list, DOJO, FILE_LIST, GtkWidget)

GtkWidget *dojo_file_list_new                (void);
GFile     *dojo_file_list_get_directory      (DojoFileList            *self);
void       dojo_file_list_set_directory      (DojoFileList            *self,
                                              GFile                   *directory);
void       dojo_file_list_select_file        (DojoFileList            *self,
                                              GFile                   *file);
GFile     *dojo_file_list_get_selected_file  (DojoFileList            *self);
void       dojo_file_list_set_ignored_func   (DojoFileList            *self,
                                              DojoFileListIgnoredFunc  func,
                                              gpointer                 user_data,
                                              GDestroyNotify           destroy);
void       dojo_file_list_refresh_ignored    (DojoFileList            *self);

G_END_DECLS
