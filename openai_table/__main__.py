"""`python -m openai_table SUBCOMMAND ...`: one line per subcommand in COMMANDS, each naming a
module of this package and its `main(argv) -> exit code`."""

import importlib
import sys

COMMANDS = {
    "drift": ("._drift", "compare the table with an OpenAPI description (drift OPENAPI_FILE [--json])"),
}


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS:
        print("usage: python -m openai_table {" + ",".join(COMMANDS) + "} ...", file=sys.stderr)
        for name, (_, help_) in COMMANDS.items():
            print(f"  {name}: {help_}", file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    module = importlib.import_module(COMMANDS[argv[0]][0], __package__)
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
