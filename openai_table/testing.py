"""Record and replay API calls in your own tests (needs the `test` extra: vcrpy).

    from openai_table.testing import recorder
    with recorder("tests/cassettes").use_cassette("my_test.yaml"):
        client.chat.completions.create(...)

Cassettes never hold the API key, organization or project headers, and requests match on
method, path, query and body, with JSON compared as data and multipart bodies compared with
their random boundary taken out, so a cassette recorded against one server (or the mock)
replays whatever `base_url` the test uses.
"""

import json
import re
from typing import Any

__all__ = ["recorder", "SECRET_HEADERS", "normalized_body"]

SECRET_HEADERS = ("authorization", "openai-organization", "openai-project", "api-key", "cookie", "set-cookie")
_BOUNDARY = re.compile(rb"boundary=([-\w.]+)")


def normalized_body(request: Any) -> Any:
    """The request body as something comparable: parsed JSON, or bytes with the multipart
    boundary replaced."""
    body = request.body or b""
    if isinstance(body, str):
        body = body.encode()
    content_type = next((v for k, v in request.headers.items() if k.lower() == "content-type"), "") or ""
    if isinstance(content_type, list):
        content_type = content_type[0]
    if "json" in content_type and body:
        try:
            return json.loads(body)
        except ValueError:
            return body
    m = _BOUNDARY.search(content_type.encode())
    if m:
        return body.replace(m.group(1), b"BOUNDARY")
    return body


def _match_body(r1: Any, r2: Any) -> None:
    assert normalized_body(r1) == normalized_body(r2), "request bodies differ"


def _scrub_response(response: Any) -> Any:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            del headers[name]
    return response


def recorder(cassette_dir: str, record_mode: str = "none", **options: Any) -> Any:
    """A `vcr.VCR` set up for the OpenAI API. `record_mode="none"` (the default) replays only,
    so a test never reaches the network by accident; use "once" or "all" to record."""
    import vcr

    config = dict(
        cassette_library_dir=str(cassette_dir),
        record_mode=record_mode,
        match_on=["method", "path", "query", "body"],
        filter_headers=list(SECRET_HEADERS),
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )
    config.update(options)
    v = vcr.VCR(**config)
    v.register_matcher("body", _match_body)
    return v
