#!/usr/bin/env bash
# knockoff's one install command, for a stock machine where only `python3` exists and the system
# Python may be externally managed (PEP 668):
#   1. where apt is available and we are root: the system packages the tests use (redis-server,
#      headless chromium, a font, and python3-venv when `python3 -m venv` cannot work), without
#      recommended packages;
#   2. a virtual environment in .venv (or $KNOCKOFF_VENV) made with `python3 -m venv`;
#   3. knockoff and its test extras installed into it (`pip install -e ".[dev]"`).
# Then: `. .venv/bin/activate` (or call .venv/bin/knockoff and .venv/bin/python directly).
set -euo pipefail
cd "$(dirname "$0")"
VENV="${KNOCKOFF_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"
step() { printf '\n==> install.sh: %s\n' "$*"; }

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "install.sh: $PYTHON not found: install Python 3.11 or newer" >&2
  exit 2
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "install.sh: knockoff needs Python 3.11 or newer; $PYTHON is $("$PYTHON" -V 2>&1)" >&2
  exit 2
fi

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium fonts-dejavu-core)
# benchmarks/eval_composites_other.py prints slogans in these fonts (its tests draw a few images).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf ] || need+=(fonts-dejavu-extra)
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf ] || need+=(fonts-liberation)
# Debian's python3 has no ensurepip until python3-venv is installed.
[ -x "$VENV/bin/python" ] || "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    step "apt-get install --no-install-recommends ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${need[@]}"
  else
    echo "install.sh: please install ${need[*]} (not root or no apt-get); redis-server and chromium" \
      "are only needed by the test suite" >&2
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  step "creating the virtual environment $VENV ($("$PYTHON" -V 2>&1))"
  "$PYTHON" -m venv "$VENV"
fi
step "pip install -e \".[dev]\" into $VENV (torch and its libraries are the large part)"
"$VENV/bin/python" -m pip install --progress-bar on -e ".[dev]"

step "done: knockoff $("$VENV/bin/knockoff" --version | cut -d' ' -f2) in $VENV"
echo "  activate it with:   . $VENV/bin/activate"
echo "  or run it directly: $VENV/bin/knockoff demo"
