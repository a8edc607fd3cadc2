"""`client.webhooks.verify_signature` / `unwrap`: Standard Webhooks signatures made here the way
the scheme says (HMAC-SHA256 over "id.timestamp.body", base64, `v1,` entries), checked by the
sync and the async client, and the same verdicts and events as the official SDK on the same
requests."""

import base64
import hashlib
import hmac
import json
import time

import httpx
import openai
import pytest

import openai_table
from openai_table import AsyncOpenAI, InvalidWebhookSignatureError, OpenAI, OpenAIError
from openai_table.helpers import webhooks as webhooks_module
from openai_table.models._base import UnknownModel
from openai_table.types.webhooks import (
    BatchFailedWebhookEvent,
    RealtimeCallIncomingWebhookEvent,
    ResponseCompletedWebhookEvent,
)

from _mock import clean_env  # noqa: F401  (autouse)

KEY = b"0123456789abcdef0123456789abcdef"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
OTHER = "whsec_" + base64.b64encode(b"another key, not the one used").decode()

PAYLOAD = json.dumps({
    "id": "evt_685343a1381c819085d44c354e1b330e",
    "object": "event",
    "created_at": 1750287018,
    "type": "response.completed",
    "data": {"id": "resp_abc123"},
})


def scheme_signature(key: bytes, webhook_id: str, timestamp: int, body: str) -> str:
    """One signature entry, computed from the Standard Webhooks description alone."""
    mac = hmac.new(key, f"{webhook_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def signed(body=PAYLOAD, *, key=KEY, at=None, webhook_id="wh_685342e6c53c8190a1be43f081506c52", extra=()):
    at = int(time.time()) if at is None else at
    sig = " ".join([*extra, scheme_signature(key, webhook_id, at, body)])
    return {"webhook-id": webhook_id, "webhook-timestamp": str(at), "webhook-signature": sig}


@pytest.fixture(params=["sync", "async"])
def client(request):
    cls = OpenAI if request.param == "sync" else AsyncOpenAI
    return cls(api_key="sk-test", webhook_secret=SECRET)


# -- the happy path --------------------------------------------------------------------------

def test_unwrap_returns_the_typed_event(client):
    event = client.webhooks.unwrap(PAYLOAD, signed())
    assert isinstance(event, ResponseCompletedWebhookEvent)
    assert event.type == "response.completed" and event.data.id == "resp_abc123"
    assert event.created_at == 1750287018
    assert event.to_dict() == json.loads(PAYLOAD)


def test_async_client_methods_answer_at_once_as_the_official_ones_do():
    client = AsyncOpenAI(api_key="sk-test", webhook_secret=SECRET)
    assert client.webhooks.verify_signature(PAYLOAD, signed()) is None  # not a coroutine
    assert isinstance(client.webhooks.unwrap(PAYLOAD, signed()), ResponseCompletedWebhookEvent)


@pytest.mark.parametrize("shape", ["dict", "httpx", "pairs", "Title-Case", "bytes-body"])
def test_headers_and_body_in_the_shapes_web_frameworks_hand_over(client, shape):
    headers, body = signed(), PAYLOAD
    if shape == "httpx":
        headers = httpx.Headers(headers)
    elif shape == "pairs":
        headers = list(headers.items())
    elif shape == "Title-Case":
        headers = {k.title(): v for k, v in headers.items()}
    elif shape == "bytes-body":
        body = PAYLOAD.encode()
    assert client.webhooks.verify_signature(body, headers) is None
    assert client.webhooks.unwrap(body, headers).data.id == "resp_abc123"


def test_several_signatures_any_one_matching_is_enough(client):
    # A secret being rotated: the old key's entry and the new one's, plus a version we do not know.
    headers = signed(extra=("v1a,c29tZXRoaW5nIGVsc2U=", scheme_signature(b"old key", "x", 1, "y")))
    client.webhooks.verify_signature(PAYLOAD, headers)
    # Only one entry, made with the old key: refused.
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        client.webhooks.verify_signature(PAYLOAD, signed(key=b"old key"))


def test_a_secret_read_from_a_file_with_its_newline_still_works(client):
    client.webhooks.verify_signature(PAYLOAD, signed(), secret=SECRET + "\n")


def test_a_whsec_secret_that_is_not_base64_is_a_value_error(client):
    with pytest.raises(ValueError, match="not base64") as e:
        client.webhooks.verify_signature(PAYLOAD, signed(), secret="whsec_abc")
    assert not isinstance(e.value, InvalidWebhookSignatureError)


def test_a_secret_without_the_whsec_prefix_is_the_key_itself(client):
    client.webhooks.verify_signature(PAYLOAD, signed(key=b"plain secret"), secret="plain secret")


def test_typed_events_for_other_families_and_unknown_types(client):
    body = json.dumps({"id": "evt_1", "type": "batch.failed", "created_at": 1, "data": {"id": "batch_1"}})
    event = client.webhooks.unwrap(body, signed(body))
    assert isinstance(event, BatchFailedWebhookEvent) and event.data.id == "batch_1"
    body = json.dumps({"id": "evt_2", "type": "realtime.call.incoming", "created_at": 1,
                       "data": {"call_id": "rtc_1", "sip_headers": [{"name": "From", "value": "sip:a@b"}]}})
    event = client.webhooks.unwrap(body, signed(body))
    assert isinstance(event, RealtimeCallIncomingWebhookEvent) and event.data.sip_headers[0].value == "sip:a@b"
    body = json.dumps({"id": "evt_3", "type": "video.completed", "created_at": 1, "data": {"id": "video_1"}})
    event = client.webhooks.unwrap(body, signed(body))
    assert isinstance(event, UnknownModel) and event.type == "video.completed" and event.data == {"id": "video_1"}


# -- where the secret comes from -------------------------------------------------------------

@pytest.mark.parametrize("cls", [OpenAI, AsyncOpenAI])
def test_secret_from_argument_client_or_environment(cls, monkeypatch):
    cls(api_key="sk-test").webhooks.verify_signature(PAYLOAD, signed(), secret=SECRET)
    # The argument wins over the client's.
    with pytest.raises(InvalidWebhookSignatureError):
        cls(api_key="sk-test", webhook_secret=SECRET).webhooks.verify_signature(PAYLOAD, signed(), secret=OTHER)
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    env_client = cls(api_key="sk-test")
    assert env_client.webhook_secret == SECRET
    assert env_client.webhooks.unwrap(PAYLOAD, signed()).type == "response.completed"
    assert env_client.with_options(timeout=5).webhooks.unwrap(PAYLOAD, signed()).type == "response.completed"


@pytest.mark.parametrize("cls", [OpenAI, AsyncOpenAI])
def test_no_secret_anywhere_is_a_value_error_naming_the_ways_to_give_one(cls):
    with pytest.raises(ValueError, match="OPENAI_WEBHOOK_SECRET") as e:
        cls(api_key="sk-test").webhooks.unwrap(PAYLOAD, signed())
    assert not isinstance(e.value, InvalidWebhookSignatureError)


# -- refusals --------------------------------------------------------------------------------

def test_wrong_secret(client):
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        client.webhooks.verify_signature(PAYLOAD, signed(key=b"not the key"))
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        client.webhooks.unwrap(PAYLOAD, signed(), secret=OTHER)


@pytest.mark.parametrize("tamper", ["body", "id", "timestamp", "signature"])
def test_tampered_requests(client, tamper):
    headers, body = signed(), PAYLOAD
    if tamper == "body":
        body = PAYLOAD.replace("resp_abc123", "resp_evil00")
    elif tamper == "id":
        headers["webhook-id"] = "wh_other"
    elif tamper == "timestamp":  # still within tolerance, but not the one signed
        headers["webhook-timestamp"] = str(int(headers["webhook-timestamp"]) - 1)
    else:
        sig = bytearray(base64.b64decode(headers["webhook-signature"][3:]))
        sig[0] ^= 1
        headers["webhook-signature"] = "v1," + base64.b64encode(bytes(sig)).decode()
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        client.webhooks.unwrap(body, headers)


def test_expired_and_future_timestamps_against_the_tolerance(client, monkeypatch):
    now = 1_750_000_000
    monkeypatch.setattr(webhooks_module, "_now", lambda: now + 0.9)
    client.webhooks.verify_signature(PAYLOAD, signed(at=now - 300))  # exactly at the edge: fine
    client.webhooks.verify_signature(PAYLOAD, signed(at=now + 300))
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        client.webhooks.verify_signature(PAYLOAD, signed(at=now - 301))
    with pytest.raises(InvalidWebhookSignatureError, match="too new"):
        client.webhooks.verify_signature(PAYLOAD, signed(at=now + 301))
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        client.webhooks.unwrap(PAYLOAD, signed(at=now - 3600))
    # A tolerance of your own.
    client.webhooks.verify_signature(PAYLOAD, signed(at=now - 3600), tolerance=3600)
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        client.webhooks.verify_signature(PAYLOAD, signed(at=now - 11), tolerance=10)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_missing_header(client, missing):
    headers = signed()
    del headers[missing]
    with pytest.raises(InvalidWebhookSignatureError, match=missing):
        client.webhooks.verify_signature(PAYLOAD, headers)


def test_bad_timestamp_format(client):
    headers = signed()
    headers["webhook-timestamp"] = "yesterday"
    with pytest.raises(InvalidWebhookSignatureError, match="timestamp format"):
        client.webhooks.verify_signature(PAYLOAD, headers)


def test_the_error_class_is_exported_and_caught_the_official_ways():
    assert openai_table.InvalidWebhookSignatureError is InvalidWebhookSignatureError
    assert openai_table._exceptions.InvalidWebhookSignatureError is InvalidWebhookSignatureError
    assert issubclass(InvalidWebhookSignatureError, ValueError) and issubclass(InvalidWebhookSignatureError, OpenAIError)


def test_the_scheme_signature_helper_matches_the_description():
    assert webhooks_module.sign(PAYLOAD, secret=SECRET, webhook_id="wh_1", timestamp=42) == \
        scheme_signature(KEY, "wh_1", 42, PAYLOAD)


# -- parity with the official SDK ----------------------------------------------------------

def _cases():
    now = int(time.time())
    good = signed(at=now)
    yield "valid", PAYLOAD, good, SECRET
    yield "valid-bytes", PAYLOAD.encode(), good, SECRET
    yield "valid-rotated", PAYLOAD, signed(at=now, extra=("v1,AAAA",)), SECRET
    yield "raw-secret", PAYLOAD, signed(at=now, key=b"plain"), "plain"
    yield "expired", PAYLOAD, signed(at=now - 400), SECRET
    yield "future", PAYLOAD, signed(at=now + 400), SECRET
    yield "tampered", PAYLOAD.replace("abc", "abd"), good, SECRET
    yield "wrong-secret", PAYLOAD, good, OTHER
    yield "bad-timestamp", PAYLOAD, {**good, "webhook-timestamp": "soon"}, SECRET
    other = json.dumps({"id": "evt_9", "type": "fine_tuning.job.succeeded", "created_at": 3, "data": {"id": "ftjob_1"}})
    yield "other-event", other, signed(other, at=now), SECRET


@pytest.mark.parametrize("case", list(_cases()), ids=lambda c: c[0])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_same_verdict_and_event_as_the_official_sdk(case, is_async):
    _, body, headers, secret = case
    official = (openai.AsyncOpenAI if is_async else openai.OpenAI)(api_key="sk-test", webhook_secret=secret)
    ours = (AsyncOpenAI if is_async else OpenAI)(api_key="sk-test", webhook_secret=secret)

    def run(client):
        try:
            return "ok", client.webhooks.unwrap(body, dict(headers))
        except ValueError as e:  # both SDKs' error is a ValueError
            return "refused", str(e)

    theirs, mine = run(official), run(ours)
    assert mine[0] == theirs[0], (mine, theirs)
    if mine[0] == "ok":
        assert type(mine[1]).__name__ == type(theirs[1]).__name__
        assert mine[1].to_dict() == theirs[1].to_dict()
    else:
        assert isinstance(mine[1], str) and mine[1].split()[:2] == theirs[1].split()[:2]
