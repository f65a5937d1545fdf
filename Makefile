# SPDX-License-Identifier: GPL-3.0-or-later
# A thin wrapper over meson. On a fresh Debian 12 machine:
#   make run    installs what is missing, builds, and starts Dojo
#   make test   installs what is missing, builds, and runs every test
#               (widget tests under Xvfb)
#   make bench  builds, runs every benchmark and prints one table
#               (docs/benchmarks.md); BENCH_INSTALL_ANCHORS=1 first installs
#               the apps it compares with (Thonny, Mu, GNOME Text Editor, Console)

BUILDDIR ?= build
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian 12 packages needed to build, run and test Dojo.
DEB_PACKAGES = \
	gcc pkg-config meson ninja-build gettext git python3 \
	libglib2.0-dev libgtk-4-dev libadwaita-1-dev libgtksourceview-5-dev \
	libvte-2.91-gtk4-dev libgit2-dev libjson-glib-dev libmd4c-dev libarchive-dev \
	desktop-file-utils appstream libxml2-utils flatpak-builder \
	xvfb xauth dbus dbus-x11 at-spi2-core libatspi2.0-dev libgl1-mesa-dri xdotool util-linux \
	adwaita-icon-theme gsettings-desktop-schemas fonts-cantarell fonts-dejavu-core

.PHONY: all deps build run test bench bench-deps clean

all: build

deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR)

build: deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

run: build
	meson devenv -C $(BUILDDIR) ./src/dojo

test: build
	xvfb-run -a -s "-screen 0 1600x1000x24" \
	  dbus-run-session -- meson test -C $(BUILDDIR) --print-errorlogs

# The startup benchmark's tools, and (only when asked) the anchor apps.
BENCH_PACKAGES = xvfb xauth x11-utils xdotool dbus libx11-dev libxdamage-dev
BENCH_ANCHORS = thonny mu-editor gnome-text-editor gnome-console
BENCH_INSTALL_ANCHORS ?= 0

bench-deps:
	@want="$(BENCH_PACKAGES)"; \
	[ "$(BENCH_INSTALL_ANCHORS)" = 1 ] && want="$$want $(BENCH_ANCHORS)"; \
	missing=""; \
	for p in $$want; do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -q --no-install-recommends $$missing; \
	fi

# BENCH_RUNS (startup runs per app, default 7) and BENCH_ONLY
# (e.g. startup,git) are read by bench/bench.py.
bench: build bench-deps
	/usr/bin/python3 -I bench/bench.py --builddir $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR)
