"""`OPENAI_LOG=info|debug` turns on this library's logging to stderr, as in the official SDK.

Only methods, paths, status codes and retry waits are logged: never headers or bodies, so
never a key.
"""

import logging
import os

log = logging.getLogger("openai_table")


def setup_logging() -> None:
    level = os.environ.get("OPENAI_LOG", "").lower()
    if level not in ("info", "debug"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
