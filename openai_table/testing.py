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

__all__ = ["recorder", "SECRET_HEADERS", "normalized_body", "is_secret_name", "scrub_request"]

SECRET_HEADERS = ("authorization", "openai-organization", "openai-project", "api-key", "cookie", "set-cookie")
# Any header or query param whose name looks like a credential is dropped too (`x-api-key`,
# `?api_key=`, `?key=`, `?access_token=`, `?sig=`, `proxy-authorization`, ...). Rate-limit
# headers such as `x-ratelimit-remaining-tokens` are kept.
_SECRET_NAME = re.compile(
    r"(?i)(authorization|api[-_]?key|secret|password|passwd|cookie|session|access[-_]?token|"
    r"refresh[-_]?token|id[-_]?token|^token$|^auth$|signature|^sig$|^key$|^code$|"
    r"openai-organization|openai-project)"
)


def is_secret_name(name: str) -> bool:
    """Whether a header or query param of this name is kept out of cassettes."""
    return name.lower() in SECRET_HEADERS or bool(_SECRET_NAME.search(name))


def scrub_request(request: Any) -> Any:
    """The request as a cassette keeps it: no secret-looking headers or query params (applied
    before matching too, so a replay matches whatever key the test uses)."""
    for name in list(request.headers):
        if is_secret_name(name):
            del request.headers[name]
    query = request.query
    if any(is_secret_name(k) for k, _ in query):
        from urllib.parse import urlencode, urlsplit, urlunsplit

        parts = urlsplit(request.uri)
        kept = [(k, v) for k, v in query if not is_secret_name(k)]
        request.uri = urlunsplit(parts._replace(query=urlencode(kept)))
    return request
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
        if is_secret_name(name):
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
        before_record_request=scrub_request,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )
    config.update(options)
    v = vcr.VCR(**config)
    v.register_matcher("body", _match_body)
    return v
