# SPDX-License-Identifier: GPL-3.0-or-later
# A thin wrapper over meson. On a fresh Debian 12 machine:
#   make run    installs what is missing, builds, and starts Dojo
#   make test   installs what is missing, builds, and runs every test
#               (widget tests under Xvfb)
#   make test-asan  the same suite built with AddressSanitizer and UBSan
#   make fuzz   builds the libFuzzer targets (clang) and runs each for
#               FUZZ_SECONDS (see docs/architecture.md, "Fuzzing and sanitizers")
#   make bench  builds, runs every benchmark and prints one table
#               (docs/benchmarks.md); BENCH_INSTALL_ANCHORS=1 first installs
#               the apps it compares with (Thonny, Mu, GNOME Text Editor, Console)

BUILDDIR ?= build
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian 12 packages needed to build, run and test Dojo.
DEB_PACKAGES = \
	gcc pkg-config meson ninja-build gettext git python3 python3-venv python3-pytest python3-flask python3-sqlalchemy python3-jwt mypy pycodestyle bubblewrap \
	libglib2.0-dev libgtk-4-dev libgtk-4-bin libadwaita-1-dev libgtksourceview-5-dev \
	libvte-2.91-gtk4-dev libgit2-dev libjson-glib-dev libmd4c-dev libarchive-dev \
	desktop-file-utils appstream libxml2-utils flatpak-builder \
	xvfb xauth dbus dbus-x11 at-spi2-core libatspi2.0-dev libgl1-mesa-dri xdotool util-linux \
	adwaita-icon-theme gsettings-desktop-schemas fonts-cantarell fonts-dejavu-core

# Only `make fuzz` needs these.
FUZZ_PACKAGES = clang libclang-rt-14-dev

ASAN_BUILDDIR ?= build-asan
FUZZ_BUILDDIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= json manifest exercise quiz markdown
# Every run reads the seed corpus and the regressions and grows its own
# corpus in the build dir; a crash is written to $(FUZZ_BUILDDIR)/crashes/.
FUZZ_FLAGS ?= -timeout=10 -rss_limit_mb=4096 -print_final_stats=1

# Sanitizer settings for make test-asan and make fuzz: stop at the first
# error with a stack; library-only leak suppressions in tests/lsan.supp.
# GLib and GTK have no frame pointers: only the slow unwinder gets past
# g_malloc() to the frames the suppressions name.
SANITIZER_ENV = \
	ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1:detect_leaks=1:fast_unwind_on_malloc=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
# The fuzzers keep the fast unwinder: the slow one costs them 50 times the
# speed. libFuzzer checks for leaks after every input; the check at exit
# would only meet GLib's quark table (see tests/lsan.supp) without the
# frame that names it.
FUZZ_ENV = $(subst :fast_unwind_on_malloc=0,:leak_check_at_exit=0,$(SANITIZER_ENV))

.PHONY: all deps build run test test-asan fuzz fuzz-deps bench bench-deps clean

all: build

# $(call install-missing,PACKAGES): install those of the Debian PACKAGES that
# are not installed yet (and update the package lists only then).
define install-missing
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -q --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install-missing,$(DEB_PACKAGES))

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR)

build: deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

run: build
	meson devenv -C $(BUILDDIR) ./src/dojo

test: build
	xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
	  dbus-run-session -- meson test -C $(BUILDDIR) --print-errorlogs

# The whole suite (but the course validation, which runs Python and is slow
# under ASan, and the AT-SPI walks of test-a11y, over half an hour under ASan;
# `make test` runs both) built with -Db_sanitize=address,undefined.
$(ASAN_BUILDDIR)/build.ninja:
	meson setup $(ASAN_BUILDDIR) -Db_sanitize=address,undefined -Db_lundef=false

test-asan: deps $(ASAN_BUILDDIR)/build.ninja
	meson compile -C $(ASAN_BUILDDIR)
	$(SANITIZER_ENV) xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
	  dbus-run-session -- meson test -C $(ASAN_BUILDDIR) --print-errorlogs \
	    --no-suite content --no-suite a11y --timeout-multiplier 3

fuzz-deps: deps
	$(call install-missing,$(FUZZ_PACKAGES))

$(FUZZ_BUILDDIR)/build.ninja:
	CC=clang meson setup $(FUZZ_BUILDDIR) -Dfuzzing=true -Db_lundef=false

# One target at a time (each uses one core), FUZZ_SECONDS each.
fuzz: fuzz-deps $(FUZZ_BUILDDIR)/build.ninja
	meson compile -C $(FUZZ_BUILDDIR) $(addprefix fuzz-,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILDDIR)/corpus/$$t $(FUZZ_BUILDDIR)/crashes/$$t; \
	  echo "== fuzz-$$t, $(FUZZ_SECONDS) s"; \
	  dict=""; [ -f tests/fuzz/$$t.dict ] && dict="-dict=tests/fuzz/$$t.dict"; \
	  $(FUZZ_ENV) $(FUZZ_BUILDDIR)/tests/fuzz/fuzz-$$t $(FUZZ_FLAGS) $$dict \
	    -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=$(FUZZ_BUILDDIR)/crashes/$$t/ \
	    $(FUZZ_BUILDDIR)/corpus/$$t tests/fuzz/corpus/$$t tests/fuzz/regressions/$$t \
	    > $(FUZZ_BUILDDIR)/fuzz-$$t.log 2>&1; \
	  status=$$?; \
	  grep -E '^(stat::number_of_executed_units|Done [0-9]+ runs)' $(FUZZ_BUILDDIR)/fuzz-$$t.log; \
	  if [ $$status != 0 ]; then \
	    grep -E -A40 '==[0-9]+== ?ERROR|runtime error|CRITICAL|WARNING|ERROR:' $(FUZZ_BUILDDIR)/fuzz-$$t.log | head -60; \
	    echo "fuzz-$$t failed: the input is in $(FUZZ_BUILDDIR)/crashes/$$t/," \
	         "the log in $(FUZZ_BUILDDIR)/fuzz-$$t.log"; \
	    exit 1; \
	  fi; \
	done

# The startup benchmark's tools, and (only when asked) the anchor apps.
BENCH_PACKAGES = xvfb xauth x11-utils xdotool dbus libx11-dev libxdamage-dev
BENCH_ANCHORS = thonny mu-editor gnome-text-editor gnome-console
BENCH_INSTALL_ANCHORS ?= 0

bench-deps:
	$(call install-missing,$(BENCH_PACKAGES) $(if $(filter 1,$(BENCH_INSTALL_ANCHORS)),$(BENCH_ANCHORS)))

# BENCH_RUNS (startup runs per app, default 7), BENCH_ONLY (e.g. startup,git)
# and BENCH_BASELINE (the build dir of another checkout, measured in the same
# startup run) are read by bench/bench.py.
bench: build bench-deps
	/usr/bin/python3 -I bench/bench.py --builddir $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR) $(ASAN_BUILDDIR) $(FUZZ_BUILDDIR)
