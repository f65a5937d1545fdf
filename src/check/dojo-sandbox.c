/* dojo-sandbox.c: where code that Dojo did not write runs
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-sandbox"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dojo-sandbox.h"

/* Check, grade and the debugger run code that Dojo did not write: the
 * learner's, and the tests of a pack someone downloaded.  This unit says
 * how such code is started; it builds the words that go in front of the
 * command, and the caller spawns it.  The tools made for the job do the
 * isolating:
 *
 * - On the host, bubblewrap: new user, pid, network, IPC and UTS
 *   namespaces, the system read-only, an empty private HOME and /tmp, only
 *   the project folder writable, its own /proc, no capabilities, no
 *   further user namespaces, killed with its parent.
 * - Inside Flatpak, where user namespaces cannot nest, the portal's
 *   sub-sandbox through flatpak-spawn: no network, no view of the app's
 *   data, only the paths exposed to it.
 * - Nowhere else: a run without a sandbox is refused unless asked for by
 *   name (DOJO_SANDBOX=none), for development on machines without user
 *   namespaces.
 *
 * Limits (memory, processes, file size, CPU) are set by the first code
 * that runs inside, data/harness/dojo_runner.py, the same way for both
 * kinds, since the portal's sandbox does not inherit ours.  The time limit
 * is kept outside: killing the process this prefix starts ends the whole
 * sandbox (bubblewrap's pid 1 dies with its parent, and every process of a
 * pid namespace dies with its pid 1). */

#define TMPFS_BYTES "268435456"

struct _DojoSandbox
{
  GObject          parent_instance;

  DojoSandboxKind  kind;
  char            *writable;
  char            *directory;
  char            *etc_dir;
  char            *program;
  GPtrArray       *readonly;
  GArray          *fds;
};

G_DEFINE_FINAL_TYPE (DojoSandbox, dojo_sandbox, G_TYPE_OBJECT)

G_DEFINE_QUARK (dojo-sandbox-error-quark, dojo_sandbox_error)

static void
dojo_sandbox_finalize (GObject *object)
{
  DojoSandbox *self = DOJO_SANDBOX (object);

  g_free (self->writable);
  g_free (self->directory);
  g_free (self->etc_dir);
  g_free (self->program);
  g_ptr_array_unref (self->readonly);
  g_array_unref (self->fds);

  G_OBJECT_CLASS (dojo_sandbox_parent_class)->finalize (object);
}

static void
dojo_sandbox_class_init (DojoSandboxClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dojo_sandbox_finalize;
}

static void
dojo_sandbox_init (DojoSandbox *self)
{
  self->readonly = g_ptr_array_new_with_free_func (g_free);
  self->fds = g_array_new (FALSE, FALSE, sizeof (int));
}

/**
 * dojo_sandbox_kind_detect:
 *
 * Returns: the kind of sandbox this process can make: `$DOJO_SANDBOX`
 *   ("bwrap", "flatpak" or "none") when set, else the portal's inside
 *   Flatpak, else bubblewrap.
 */
DojoSandboxKind
dojo_sandbox_kind_detect (void)
{
  const char *env = g_getenv ("DOJO_SANDBOX");

  if (g_strcmp0 (env, "none") == 0)
    return DOJO_SANDBOX_KIND_NONE;
  if (g_strcmp0 (env, "flatpak") == 0)
    return DOJO_SANDBOX_KIND_FLATPAK;
  if (g_strcmp0 (env, "bwrap") == 0)
    return DOJO_SANDBOX_KIND_BWRAP;
  if (env != NULL && env[0] != '\0')
    g_warning ("DOJO_SANDBOX=%s is not a kind of sandbox (bwrap, flatpak, none); "
               "choosing one as if it were not set", env);

  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return DOJO_SANDBOX_KIND_FLATPAK;
  return DOJO_SANDBOX_KIND_BWRAP;
}

const char *
dojo_sandbox_kind_to_string (DojoSandboxKind kind)
{
  switch (kind)
    {
    case DOJO_SANDBOX_KIND_BWRAP:   return "bwrap";
    case DOJO_SANDBOX_KIND_FLATPAK: return "flatpak";
    case DOJO_SANDBOX_KIND_NONE:    return "none";
    default:                        g_return_val_if_reached (NULL);
    }
}

DojoSandbox *
dojo_sandbox_new (DojoSandboxKind kind)
{
  DojoSandbox *self = g_object_new (DOJO_TYPE_SANDBOX, NULL);

  self->kind = kind;
  return self;
}

DojoSandboxKind
dojo_sandbox_get_kind (DojoSandbox *self)
{
  g_return_val_if_fail (DOJO_IS_SANDBOX (self), DOJO_SANDBOX_KIND_NONE);

  return self->kind;
}

/**
 * dojo_sandbox_set_writable:
 * @dir: an absolute path: the one folder the code may change, and the
 *   folder it starts in
 */
void
dojo_sandbox_set_writable (DojoSandbox *self,
                           const char  *dir)
{
  g_return_if_fail (DOJO_IS_SANDBOX (self));
  g_return_if_fail (dir != NULL && g_path_is_absolute (dir));

  g_free (self->writable);
  self->writable = g_strdup (dir);
}

/**
 * dojo_sandbox_set_directory:
 * @dir: (nullable): where the code starts, if not in the writable folder
 */
void
dojo_sandbox_set_directory (DojoSandbox *self,
                            const char  *dir)
{
  g_return_if_fail (DOJO_IS_SANDBOX (self));

  g_free (self->directory);
  self->directory = g_strdup (dir);
}

/**
 * dojo_sandbox_add_readonly:
 * @path: an absolute path the code may read (a file or a folder), seen at
 *   the same place inside
 */
void
dojo_sandbox_add_readonly (DojoSandbox *self,
                           const char  *path)
{
  g_return_if_fail (DOJO_IS_SANDBOX (self));
  g_return_if_fail (path != NULL && g_path_is_absolute (path));

  g_ptr_array_add (self->readonly, g_strdup (path));
}

/**
 * dojo_sandbox_set_etc_dir:
 * @dir: a folder holding the passwd, group, hosts and nsswitch.conf the
 *   code sees instead of the host's (bubblewrap only: the portal's sandbox
 *   has the runtime's)
 */
void
dojo_sandbox_set_etc_dir (DojoSandbox *self,
                          const char  *dir)
{
  g_return_if_fail (DOJO_IS_SANDBOX (self));

  g_free (self->etc_dir);
  self->etc_dir = g_strdup (dir);
}

/**
 * dojo_sandbox_set_program:
 * @program: the program that will run inside (the Python interpreter);
 *   when it lives outside the system folders, its installation is made
 *   readable
 */
void
dojo_sandbox_set_program (DojoSandbox *self,
                          const char  *program)
{
  g_return_if_fail (DOJO_IS_SANDBOX (self));

  g_free (self->program);
  self->program = g_strdup (program);
}

/**
 * dojo_sandbox_add_fd:
 * @fd: a descriptor the code inside is given, at the same number
 */
void
dojo_sandbox_add_fd (DojoSandbox *self,
                     int          fd)
{
  g_return_if_fail (DOJO_IS_SANDBOX (self));
  g_return_if_fail (fd > 2);

  g_array_append_val (self->fds, fd);
}

static gboolean
under (const char *path,
       const char *dir)
{
  gsize len = strlen (dir);

  return strncmp (path, dir, len) == 0 && (path[len] == '/' || path[len] == '\0');
}

/* The installation a program outside /usr belongs to (…/bin/python3 →
 * …), so that its libraries can be read; NULL when /usr has it. */
static char *
program_prefix (const char *program)
{
  g_autofree char *found = NULL;
  g_autofree char *real = NULL;
  g_autofree char *bin = NULL;

  if (program == NULL)
    return NULL;
  found = g_path_is_absolute (program) ? g_strdup (program)
                                       : g_find_program_in_path (program);
  /* realpath(), not g_canonicalize_filename(): links are followed. */
  if (found == NULL || (real = realpath (found, NULL)) == NULL ||
      under (real, "/usr") || under (real, "/app"))
    return NULL;
  bin = g_path_get_dirname (real);
  return g_path_get_dirname (bin);
}

static void
add (GPtrArray  *argv,
     const char *word)
{
  g_ptr_array_add (argv, g_strdup (word));
}

static void
add2 (GPtrArray  *argv,
      const char *option,
      const char *value)
{
  add (argv, option);
  add (argv, value);
}

static void
add3 (GPtrArray  *argv,
      const char *option,
      const char *a,
      const char *b)
{
  add (argv, option);
  add (argv, a);
  add (argv, b);
}

/* The top-level folders of a merged /usr are links; older systems have
 * them as folders of their own. */
static void
add_system_folders (GPtrArray *argv)
{
  static const char * const tops[] = { "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32" };

  add3 (argv, "--ro-bind", "/usr", "/usr");
  for (guint i = 0; i < G_N_ELEMENTS (tops); i++)
    {
      g_autofree char *target = g_file_read_link (tops[i], NULL);

      if (target != NULL)
        add3 (argv, "--symlink", target, tops[i]);
      else if (g_file_test (tops[i], G_FILE_TEST_IS_DIR))
        add3 (argv, "--ro-bind", tops[i], tops[i]);
    }
  /* What the dynamic loader and the C library read, nothing else of /etc. */
  add3 (argv, "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache");
  add3 (argv, "--ro-bind-try", "/etc/localtime", "/etc/localtime");
  add3 (argv, "--ro-bind-try", "/etc/alternatives", "/etc/alternatives");
}

static void
add_bwrap (DojoSandbox *self,
           GPtrArray   *argv,
           const char  *bwrap)
{
  static const char * const etc_files[] = { "passwd", "group", "hosts", "nsswitch.conf" };
  g_autofree char *uid = g_strdup_printf ("%d", DOJO_SANDBOX_UID);
  g_autofree char *prefix = program_prefix (self->program);

  add (argv, bwrap);
  add (argv, "--unshare-user");
  add (argv, "--unshare-pid");
  add (argv, "--unshare-net");
  add (argv, "--unshare-ipc");
  add (argv, "--unshare-uts");
  add (argv, "--unshare-cgroup-try");
  add (argv, "--disable-userns");
  add2 (argv, "--uid", uid);
  add2 (argv, "--gid", uid);
  add2 (argv, "--hostname", "dojo");
  add2 (argv, "--cap-drop", "ALL");
  add (argv, "--die-with-parent");
  add (argv, "--new-session");

  add (argv, "--clearenv");
  add3 (argv, "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin");
  add3 (argv, "--setenv", "HOME", DOJO_SANDBOX_HOME);
  add3 (argv, "--setenv", "TMPDIR", "/tmp");
  add3 (argv, "--setenv", "LANG", "C.UTF-8");
  add3 (argv, "--setenv", "PYTHONDONTWRITEBYTECODE", "1");
  add3 (argv, "--setenv", "PYTHONUTF8", "1");

  add_system_folders (argv);
  for (guint i = 0; self->etc_dir != NULL && i < G_N_ELEMENTS (etc_files); i++)
    {
      g_autofree char *src = g_build_filename (self->etc_dir, etc_files[i], NULL);
      g_autofree char *dest = g_build_filename ("/etc", etc_files[i], NULL);

      add3 (argv, "--ro-bind", src, dest);
    }
  add2 (argv, "--proc", "/proc");
  add2 (argv, "--dev", "/dev");
  add2 (argv, "--size", TMPFS_BYTES);
  add2 (argv, "--tmpfs", "/tmp");
  add2 (argv, "--size", TMPFS_BYTES);
  add2 (argv, "--tmpfs", "/home");
  add2 (argv, "--dir", DOJO_SANDBOX_HOME);
  if (prefix != NULL)
    add3 (argv, "--ro-bind", prefix, prefix);

  /* Mounted after the tmpfs folders, so a project under /tmp is seen. */
  for (guint i = 0; i < self->readonly->len; i++)
    {
      const char *path = g_ptr_array_index (self->readonly, i);

      add3 (argv, "--ro-bind", path, path);
    }
  if (self->writable != NULL)
    add3 (argv, "--bind", self->writable, self->writable);
  add2 (argv, "--chdir", self->directory != NULL ? self->directory
                         : self->writable != NULL ? self->writable : DOJO_SANDBOX_HOME);
  add (argv, "--");
}

static void
add_flatpak (DojoSandbox *self,
             GPtrArray   *argv,
             const char  *spawn)
{
  add (argv, spawn);
  add (argv, "--sandbox");
  add (argv, "--no-network");
  /* When Dojo (or the harness) goes, the portal ends what it started. */
  add (argv, "--watch-bus");
  add (argv, "--clear-env");
  add (argv, "--env=PATH=/app/bin:/usr/bin");
  add (argv, "--env=HOME=/tmp");
  add (argv, "--env=TMPDIR=/tmp");
  add (argv, "--env=LANG=C.UTF-8");
  add (argv, "--env=PYTHONDONTWRITEBYTECODE=1");
  add (argv, "--env=PYTHONUTF8=1");
  for (guint i = 0; i < self->fds->len; i++)
    {
      g_autofree char *word = g_strdup_printf ("--forward-fd=%d",
                                               g_array_index (self->fds, int, i));
      add (argv, word);
    }
  /* The app and its runtime are there already; anything else is only
   * there when exposed. */
  for (guint i = 0; i < self->readonly->len; i++)
    {
      const char *path = g_ptr_array_index (self->readonly, i);
      g_autofree char *word = NULL;

      if (under (path, "/app") || under (path, "/usr"))
        continue;
      word = g_strdup_printf ("--sandbox-expose-path-ro=%s", path);
      add (argv, word);
    }
  if (self->writable != NULL)
    {
      g_autofree char *expose = g_strdup_printf ("--sandbox-expose-path=%s", self->writable);

      add (argv, expose);
    }
  if (self->directory != NULL || self->writable != NULL)
    {
      g_autofree char *directory =
        g_strdup_printf ("--directory=%s", self->directory ? self->directory : self->writable);

      add (argv, directory);
    }
  add (argv, "--");
}

/**
 * dojo_sandbox_get_prefix:
 *
 * Returns: (transfer full): the words to put in front of a command so that
 *   it runs in this sandbox (none for %DOJO_SANDBOX_KIND_NONE), or %NULL
 *   with @error set when the tool this kind needs is not installed
 */
GStrv
dojo_sandbox_get_prefix (DojoSandbox  *self,
                         GError      **error)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *tool = NULL;

  g_return_val_if_fail (DOJO_IS_SANDBOX (self), NULL);

  switch (self->kind)
    {
    case DOJO_SANDBOX_KIND_BWRAP:
      if ((tool = g_find_program_in_path ("bwrap")) == NULL)
        {
          g_set_error (error, DOJO_SANDBOX_ERROR, DOJO_SANDBOX_ERROR_UNAVAILABLE,
                       _("Dojo runs code in a sandbox made with bubblewrap, "
                         "which is not installed here: install the package "
                         "“bubblewrap”"));
          return NULL;
        }
      add_bwrap (self, argv, tool);
      break;

    case DOJO_SANDBOX_KIND_FLATPAK:
      if ((tool = g_find_program_in_path ("flatpak-spawn")) == NULL)
        {
          g_set_error (error, DOJO_SANDBOX_ERROR, DOJO_SANDBOX_ERROR_UNAVAILABLE,
                       _("Dojo runs code in the Flatpak portal's sandbox, but "
                         "“flatpak-spawn” is missing from its runtime"));
          return NULL;
        }
      add_flatpak (self, argv, tool);
      break;

    case DOJO_SANDBOX_KIND_NONE:
    default:
      break;
    }

  g_ptr_array_add (argv, NULL);
  return (GStrv)g_ptr_array_free (g_steal_pointer (&argv), FALSE);
}
