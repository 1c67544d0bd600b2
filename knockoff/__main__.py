"""`python -m knockoff ...`: the same command line as the `knockoff` console script (`knockoff.jobs.cli:main`,
pyproject.toml's [project.scripts]), its exit codes included."""

from __future__ import annotations

import sys

from knockoff.jobs.cli import main

if __name__ == "__main__":
    sys.exit(main())
