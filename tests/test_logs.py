"""OPENAI_LOG: what a request logs, and that the key is never in it."""

import os
import subprocess
import sys

SCRIPT = """
import httpx, openai_table
def handler(request):
    if request.headers.get("x-attempt") is None and not hasattr(handler, "done"):
        handler.done = True
        return httpx.Response(503)
    return httpx.Response(200, json={"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"})
client = openai_table.OpenAI(api_key="sk-secret-0123", organization="org-secret",
                             http_client=httpx.Client(transport=httpx.MockTransport(handler)))
client._sleep = lambda s: None
print(client.models.retrieve("gpt-4o").id)
"""


def run(level):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    if level:
        env["OPENAI_LOG"] = level
    return subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60, check=True)


def test_debug_logs_requests_and_retries_without_secrets():
    out = run("debug")
    assert out.stdout.strip() == "gpt-4o"
    assert "GET /models/gpt-4o -> 503" in out.stderr and "GET /models/gpt-4o -> 200" in out.stderr
    assert "Retrying GET /models/gpt-4o in" in out.stderr and "(status 503)" in out.stderr
    assert "sk-secret" not in out.stderr and "org-secret" not in out.stderr


def test_info_logs_retries_only_and_off_logs_nothing():
    info = run("info")
    assert "Retrying GET /models/gpt-4o" in info.stderr and "-> 503" not in info.stderr
    assert run(None).stderr == ""
