#!/usr/bin/env bash
# Every section and the larger dialogs at the smallest supported window (1024x700) and at
# 150 % on a 1280x800 screen, under Xvfb + openbox. Needs xvfb, openbox, imagemagick.
#   tools/layout_screenshots.sh OUTDIR
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: tools/layout_screenshots.sh OUTDIR}
python=${PYTHON:-.venv/bin/python}
for tool in Xvfb openbox import; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt: xvfb openbox imagemagick)"; exit 1; }
done

run_on_screen() {  # DISPLAY-NUMBER then the command
    local display=$1; shift
    Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp &
    local xvfb=$!
    sleep 1
    DISPLAY=":$display" openbox &
    local wm=$!
    sleep 1
    local status=0
    DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$@" || status=$?
    kill "$wm" "$xvfb" 2>/dev/null || true
    wait "$wm" "$xvfb" 2>/dev/null || true
    return "$status"
}

display=$(( 90 + RANDOM % 100 ))
run_on_screen "$display" "$python" tools/layout_screenshots.py "$out" --size 1024x700
run_on_screen "$display" env QT_SCALE_FACTOR=1.5 "$python" tools/layout_screenshots.py "$out" \
    --maximised --prefix 150pct
