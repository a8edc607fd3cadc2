"""`python -m openai_table ...`: the `openai-table` command line (openai_table/cli.py)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
