#!/bin/sh
# Build dist/rmdesk_<version>_amd64.deb inside Ubuntu 22.04 (Containerfile beside this), from
# the committed tree (git archive HEAD: a clean clone, no local venv or build output), so the
# package starts on Ubuntu 22.04 and newer as well as Debian 12.
#
#   packaging/linux/build-in-container.sh          # podman if present, else docker
#   ENGINE=docker packaging/linux/build-in-container.sh
#
# Needs network for the image, apt and PyPI. Not run on the project's own machine, which can
# pull no container image (docs/packaging.md says so).
set -eu
cd "$(dirname "$0")/../.."
ENGINE=${ENGINE:-$(command -v podman || command -v docker || true)}
[ -n "$ENGINE" ] || { echo "build-in-container: install podman or docker" >&2; exit 1; }
IMAGE=rmdesk-deb-builder:ubuntu22.04

"$ENGINE" build -t "$IMAGE" -f packaging/linux/Containerfile packaging/linux
mkdir -p dist
git archive --format=tar HEAD | "$ENGINE" run -i --rm -v "$PWD/dist:/out" "$IMAGE" sh -c '
    set -eu
    tar -x
    make deb PYTHON=python3.11
    .venv/bin/python packaging/linux/elf_deps.py dist/rmdesk | tee /out/glibc-floor.txt
    lintian --fail-on error --info dist/rmdesk_*.deb || exit 1
    cp dist/rmdesk_*.deb /out/
'
ls -l dist/rmdesk_*.deb
