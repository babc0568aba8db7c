#!/usr/bin/env bash
# tools/face_screenshots.py in light and dark on a 1024x700 Xvfb screen with openbox.
#   tools/face_screenshots.sh OUTDIR PREFIX
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: tools/face_screenshots.sh OUTDIR PREFIX}
prefix=${2:?usage: tools/face_screenshots.sh OUTDIR PREFIX}
python=${PYTHON:-.venv/bin/python}
for tool in Xvfb openbox import; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt: xvfb openbox imagemagick)"; exit 1; }
done
display=$(( 200 + RANDOM % 100 ))
Xvfb ":$display" -screen 0 1024x700x24 -nolisten tcp &
xvfb=$!
sleep 1
DISPLAY=":$display" openbox &
wm=$!
sleep 1
status=0
for tone in "" --dark; do
    DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$python" tools/face_screenshots.py "$out" \
        --prefix "$prefix" --live $tone || status=$?
done
kill "$wm" "$xvfb" 2>/dev/null || true
wait "$wm" "$xvfb" 2>/dev/null || true
exit "$status"
