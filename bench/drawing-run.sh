#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# drawing-run.sh DOJO HOME [ENV=VALUE...]: one run of the drawing benchmark.
#
# Run inside a display and a session bus (bench.py wraps it in xvfb-run and
# dbus-run-session). Starts Dojo with HOME (a seeded copy: the last lesson
# open) and the extra environment, types 400 characters into the editor
# with xdotool, then scrolls the lesson by 40 wheel steps, and prints the
# CPU time the Dojo process used for each (all its threads: llvmpipe's
# too), read from /proc/PID/stat:
#   DRAWING typing_cpu_ms=N typing_wall_ms=N scroll_cpu_ms=N
set -euo pipefail

dojo=$1 home=$2
shift 2

cpu_ms() {  # utime + stime of a process, in ms
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"
}

cd "$home"
env HOME="$home" "$@" "$dojo" >"$home/dojo.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT

win=$(timeout 30 xdotool search --sync --name '^Dojo' | head -1)
xdotool windowsize "$win" 1400 900
sleep 2  # the window settles: prompts, highlighting, the first autosave timer

# the editor fills the upper right of the window
xdotool mousemove --window "$win" 1000 300 click 1
sleep 0.5
text=$(printf 'total = total + price  # typing test %.0s' $(seq 12) | cut -c1-400)
c0=$(cpu_ms $pid)
t0=$(date +%s%N)
xdotool type --delay 15 "$text"
t1=$(date +%s%N)
sleep 0.5
c1=$(cpu_ms $pid)

# the lesson fills the left of the window
xdotool mousemove --window "$win" 250 450
for _ in $(seq 40); do xdotool click 5; done
sleep 0.5
c2=$(cpu_ms $pid)

echo "DRAWING typing_cpu_ms=$((c1 - c0)) typing_wall_ms=$(((t1 - t0) / 1000000))" \
     "scroll_cpu_ms=$((c2 - c1))"
