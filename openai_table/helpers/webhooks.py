"""`client.webhooks.verify_signature` and `client.webhooks.unwrap`: check that a webhook request
came from OpenAI, then read its body as a typed event.

OpenAI signs webhooks with the Standard Webhooks scheme (https://www.standardwebhooks.com):

- three headers: `webhook-id` (the message id), `webhook-timestamp` (Unix seconds) and
  `webhook-signature`, a space-separated list of `v1,<base64>` entries (several while a secret
  is being rotated; any one matching is enough);
- each `<base64>` is HMAC-SHA256 over `"{webhook-id}.{webhook-timestamp}.{raw body}"`, keyed
  with the secret; a `whsec_` secret is the base64 of the key bytes, any other string is the key
  as UTF-8;
- a timestamp more than `tolerance` seconds away from now (either way) is refused, so a recorded
  request cannot be replayed later.

The async client's methods are plain functions too, as in the official SDK: nothing here waits.
"""

import base64
import binascii
import hashlib
import hmac
import json
import time
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Tuple, Union

from .._exceptions import InvalidWebhookSignatureError

if TYPE_CHECKING:
    from ..models.webhooks import UnwrapWebhookEvent

__all__ = ["verify_signature", "unwrap", "verify_signature_async", "unwrap_async", "sign"]

_SIGNATURE, _TIMESTAMP, _ID = "webhook-signature", "webhook-timestamp", "webhook-id"

HeadersLike = Union[Mapping[str, str], Iterable[Tuple[str, str]]]

_now = time.time  # tests replace it to check the tolerance at its edges


def _header(headers: Any, name: str) -> str:
    """A header by name, whatever the case: from a dict, httpx/Starlette/Werkzeug headers, or a
    list of (name, value) pairs."""
    items = headers.items() if hasattr(headers, "items") else headers
    for key, value in items:
        if isinstance(key, bytes):
            key = key.decode("latin-1")
        if isinstance(key, str) and key.lower() == name:
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            if isinstance(value, str) and value:
                return value
    raise InvalidWebhookSignatureError(f"Missing the {name} header")


def _key(secret: str) -> bytes:
    if secret.startswith("whsec_"):
        try:
            return base64.b64decode(secret[len("whsec_"):])  # lenient, as the official SDK: a stray newline is skipped
        except binascii.Error:
            raise ValueError("The webhook secret starts with whsec_ but the rest is not base64") from None
    return secret.encode()


def _signed_content(webhook_id: str, timestamp: str, payload: Union[str, bytes]) -> bytes:
    body = payload if isinstance(payload, bytes) else payload.encode()
    return f"{webhook_id}.{timestamp}.".encode() + body


def sign(payload: Union[str, bytes], *, secret: str, webhook_id: str, timestamp: int) -> str:
    """The `webhook-signature` value (one `v1,` entry) for a payload: what OpenAI sends, useful
    for testing your own webhook endpoint."""
    digest = hmac.new(_key(secret), _signed_content(webhook_id, str(timestamp), payload), hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def _secret(resource: Any, secret: Optional[str]) -> str:
    if secret is None:
        secret = resource._client.webhook_secret
    if secret is None:
        raise ValueError(
            "No webhook secret: pass secret=..., set it on the client (OpenAI(webhook_secret=...)) "
            "or set the OPENAI_WEBHOOK_SECRET environment variable"
        )
    return secret


def verify_signature(
    self: Any,
    payload: Union[str, bytes],
    headers: HeadersLike,
    *,
    secret: Optional[str] = None,
    tolerance: int = 300,
) -> None:
    """Raise `InvalidWebhookSignatureError` unless `payload` (the raw request body, unparsed) and
    `headers` carry a valid OpenAI signature made within `tolerance` seconds of now.

    `secret` defaults to the client's `webhook_secret` (`OPENAI_WEBHOOK_SECRET`); with none at
    all, ValueError."""
    key = _key(_secret(self, secret))
    signatures = _header(headers, _SIGNATURE)
    timestamp = _header(headers, _TIMESTAMP)
    webhook_id = _header(headers, _ID)
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise InvalidWebhookSignatureError("Invalid webhook timestamp format") from None
    now = int(_now())
    if now - sent_at > tolerance:
        raise InvalidWebhookSignatureError("Webhook timestamp is too old")
    if sent_at > now + tolerance:
        raise InvalidWebhookSignatureError("Webhook timestamp is too new")
    expected = base64.b64encode(hmac.new(key, _signed_content(webhook_id, timestamp, payload), hashlib.sha256).digest())
    # Each entry is `v1,<base64>`; a bare `<base64>` is taken too, as the official SDK does. Other
    # versions (`v1a,...`) cannot match an HMAC and are passed over. Every entry is compared in
    # constant time, so the time taken says nothing about how close a forgery came.
    matched = False
    for entry in signatures.split():
        version, comma, value = entry.partition(",")
        candidate = value if comma and version == "v1" else entry
        matched |= hmac.compare_digest(expected, candidate.encode())
    if not matched:
        raise InvalidWebhookSignatureError("The given webhook signature does not match the expected signature")


def unwrap(
    self: Any,
    payload: Union[str, bytes],
    headers: HeadersLike,
    *,
    secret: Optional[str] = None,
) -> "UnwrapWebhookEvent":
    """Verify the signature as `verify_signature` does, then parse `payload` into the event it
    holds: `ResponseCompletedWebhookEvent`, `BatchFailedWebhookEvent`, ... (`UnwrapWebhookEvent`,
    told apart by `type`; a type this version does not know keeps its data all the same)."""
    verify_signature(self, payload, headers, secret=secret)
    from .._converter import structure
    from ..models.webhooks import UnwrapWebhookEvent

    return structure(json.loads(payload), UnwrapWebhookEvent)


# The async client's are the same functions: verifying and parsing never wait on anything.
verify_signature_async = verify_signature
unwrap_async = unwrap
