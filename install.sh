#!/usr/bin/env bash
# knockoff's one install command: system packages used by tests (Redis, headless Chromium) where
# apt is available, then the Python package with its test extras.
set -euo pipefail
cd "$(dirname "$0")"
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  if ! command -v redis-server >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server chromium >/dev/null
  fi
else
  echo "install.sh: not root or no apt-get: install redis-server and chromium yourself for the full test suite" >&2
fi
python -m pip install -q -e ".[dev]"
echo "knockoff installed: $(command -v knockoff)"
