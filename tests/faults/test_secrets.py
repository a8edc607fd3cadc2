"""The secrets audit: the API key, the organization and project headers and the webhook secret
never show in repr()/str() of clients, requests, responses and exceptions, in OPENAI_LOG=debug
output (httpx's and httpcore's debug logs included), in tracebacks of failed requests, or in
cassettes written by openai_table.testing.recorder."""

import os
import pathlib
import subprocess
import sys
import traceback

import pytest

import openai_table
from openai_table.testing import recorder

from .conftest import faults

ROOT = pathlib.Path(__file__).resolve().parents[2]
SECRETS = {
    "api_key": "sk-proj-SECRETKEY-6f1d2c",
    "organization": "org-SECRETORG-77aa",
    "project": "proj_SECRETPROJ-91bb",
    "webhook_secret": "whsec_SECRETHOOK-c0ffee",
}


AZURE_KEY = "azkey-SECRETAZUREKEY-4e5f"
AZURE_TOKEN = "eyJ-SECRETADTOKEN-9a8b"


def azure_secret_cases():
    """(client factory taking the harness, the secrets it holds) for the Azure clients: every
    audit below runs over them too, the `api-key` header and the AD bearer token alike."""
    from openai_table import AsyncAzureOpenAI, AzureOpenAI

    def factory(**auth):
        def make(h):
            cls = AsyncAzureOpenAI if h.is_async else AzureOpenAI
            client = cls(azure_endpoint=h.server.url, api_version="2024-10-21", max_retries=1, timeout=5.0, **auth)
            h._clients.append(client)
            return client
        return make

    return [(factory(api_key=AZURE_KEY), {"api_key": AZURE_KEY}),
            (factory(azure_ad_token=AZURE_TOKEN), {"azure_ad_token": AZURE_TOKEN})]


def secret_cases():
    cases = [("openai", dict(SECRETS), None)]
    cases += [("azure", dict(secrets), factory) for factory, secrets in azure_secret_cases()]
    return cases


def assert_clean(text, secrets, where):
    for name, value in secrets.items():
        # the whole secret, and its distinctive middle part (a truncated or re-encoded copy)
        for needle in (value, value.split("-")[1] if "-" in value else value):
            assert needle not in text, f"{name} found in {where}"


def everything_said_about(objs):
    out = []
    for o in objs:
        out += [repr(o), str(o)]
        if isinstance(o, BaseException):
            out.append("".join(traceback.format_exception(o)))
    return "\n".join(out)


@pytest.mark.parametrize("kind,secrets,factory", secret_cases())
def test_repr_str_and_tracebacks_hold_no_secret(h, kind, secrets, factory):
    client = factory(h) if factory else h.client(**{k: v for k, v in secrets.items()}, max_retries=1)
    said = [client, client.with_options(timeout=3), client.chat.completions, client.files.with_raw_response]
    said.append(h.call(client.models.retrieve, "m", extra_headers=faults("status?code=500", "ok")))
    raw = h.call(client.models.with_raw_response.retrieve, "m", extra_headers=faults("ok"))
    said += [raw, raw.http_request, raw.http_response, raw.headers]
    for spec, exc in [("status?code=401", openai_table.AuthenticationError), ("status?code=500", openai_table.InternalServerError),
                      ("reset-before", openai_table.APIConnectionError), ("malformed", openai_table.APIResponseValidationError),
                      ("hang", openai_table.APITimeoutError)]:
        e = h.raises(exc, client.models.retrieve, "m", extra_headers=faults(spec), timeout=0.3)
        said += [e, e.request]
        if getattr(e, "response", None) is not None:
            said += [e.response]
    stream = h.call(client.chat.completions.create, model="m", messages=[], stream=True, extra_headers=faults("sse-cut"))
    said.append(stream)
    said.append(h.raises(openai_table.APIConnectionError, h.collect, stream))
    text = everything_said_about(said)
    assert_clean(text, secrets, "repr/str/traceback")
    assert "SECRET" not in text
    # what the server got: the key (or token), org and project are sent (they must be), the webhook secret never
    sent = h.server.requests[-1].headers
    if kind == "azure":
        assert sent.get("api-key") == secrets.get("api_key") or sent["authorization"] == f"Bearer {secrets['azure_ad_token']}"
    else:
        assert sent["authorization"] == f"Bearer {secrets['api_key']}"
        assert all(secrets["webhook_secret"] not in v for r in h.server.requests for v in r.headers.values())


DEBUG_SCRIPT = r"""
import asyncio, logging, os, sys
logging.basicConfig(level=logging.DEBUG)  # httpx's and httpcore's own debug logs too
import openai_table
url = os.environ["FAULT_URL"]
opts = dict(base_url=url, organization=os.environ["S_ORG"], project=os.environ["S_PROJ"],
            webhook_secret=os.environ["S_HOOK"], max_retries=1, timeout=0.5)
client = openai_table.OpenAI(**opts)
client._sleep = lambda s: None
def hdr(*f):
    return {"x-fault": ",".join(f), "x-fault-id": os.urandom(6).hex()}
client.models.retrieve("m", extra_headers=hdr("status?code=429&retry-after-ms=1", "ok"))
for f in ["status?code=401", "status?code=503", "reset-before", "reset-mid", "malformed", "hang"]:
    try:
        client.models.retrieve("m", extra_headers=hdr(f))
    except openai_table.APIError as e:
        print(repr(e), e, file=sys.stderr)
try:
    for _ in client.chat.completions.create(model="m", messages=[], stream=True, extra_headers=hdr("sse-cut")):
        pass
except openai_table.APIError as e:
    print(repr(e), file=sys.stderr)
async def main():
    a = openai_table.AsyncOpenAI(**opts)
    await a.models.retrieve("m", extra_headers=hdr("reset-before", "ok"))
    try:
        await a.models.retrieve("m", extra_headers=hdr("status?code=400"))
    except openai_table.APIError as e:
        print(repr(e), file=sys.stderr)
    await a.close()
asyncio.run(main())
raise openai_table.OpenAI(**opts).models.retrieve("m", extra_headers=hdr("status?code=403"))
"""


def test_openai_log_debug_output_holds_no_secret(server):
    env = {**os.environ, "OPENAI_LOG": "debug", "FAULT_URL": server.url, "OPENAI_API_KEY": SECRETS["api_key"],
           "S_ORG": SECRETS["organization"], "S_PROJ": SECRETS["project"], "S_HOOK": SECRETS["webhook_secret"],
           "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", DEBUG_SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    out = proc.stdout + proc.stderr
    assert "PermissionDeniedError" in out and "Traceback" in out  # the uncaught one, at the end
    assert "Retrying GET /models/m" in out and "HTTP Request: GET" in out  # our log and httpx's
    assert_clean(out, SECRETS, "OPENAI_LOG=debug output")


def test_recorder_cassettes_hold_no_secret(h, tmp_path):
    client = h.client(**SECRETS, max_retries=0)
    with recorder(str(tmp_path), record_mode="all").use_cassette("audit.yaml"):
        h.call(client.models.retrieve, "m", extra_headers=faults("ok"))
        h.raises(openai_table.AuthenticationError, client.models.retrieve, "m", extra_headers=faults("status?code=401"))
        h.call(client.files.create, file=b"{}", purpose="batch", extra_headers=faults("ok"))
        h.collect(h.call(client.chat.completions.create, model="m", messages=[], stream=True, extra_headers=faults("ok")))
    text = (tmp_path / "audit.yaml").read_text()
    assert "/v1/models/m" in text and "/v1/files" in text
    assert_clean(text, SECRETS, "a cassette")
