"""docs/api.md is what `python tools/apidocs.py` makes of the current table."""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))

import apidocs  # noqa: E402


def test_api_reference_is_current():
    with open(apidocs.OUT, encoding="utf-8") as f:
        current = f.read()
    assert current == apidocs.render(), "docs/api.md is stale: run `python tools/apidocs.py`"


def test_api_reference_names_every_method():
    from openai_table._table import builtin_table

    text = apidocs.render()
    for resource, methods in builtin_table().resources.items():
        for name, ep in methods.items():
            assert f"#### `client.{resource}.{name}`" in text
            if not ep.helper:
                assert f"`{ep.verb.upper()} {ep.path}`" in text
