"""`python -m openai_table ...`: the `openai-table` command line (openai_table/cli.py), plus the
maintenance subcommands in COMMANDS (one line each, naming a module of this package and its
`main(argv) -> exit code`)."""

import importlib
import sys

COMMANDS = {
    "drift": ("._drift", "compare the table with an OpenAPI description (drift OPENAPI_FILE [--json])"),
}


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] and argv[0] in COMMANDS:
        return importlib.import_module(COMMANDS[argv[0]][0], __package__).main(argv[1:])
    from .cli import main as cli_main

    code = cli_main(argv)
    if not argv or argv[0] in ("-h", "--help"):
        for name, (_, help_) in COMMANDS.items():
            print(f"also: python -m openai_table {name}: {help_}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
