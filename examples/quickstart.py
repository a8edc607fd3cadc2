"""A tour of openai_table, written exactly as it would be against the official `openai` SDK.

With OPENAI_API_KEY set, it calls the API (or OPENAI_BASE_URL). Without one, it replays the
cassettes in cassettes/quickstart/, whose answers are the API reference's own example responses
(written by `python tools/quickstart_cassettes.py`), so it runs anywhere, offline.
"""

import contextlib
import os
import pathlib
import sys

import openai_table
from openai_table import AzureOpenAI, OpenAI

CASSETTES = pathlib.Path(__file__).resolve().parent.parent / "cassettes"
LIVE = bool(os.environ.get("OPENAI_API_KEY"))
REPLAY_URL = "http://127.0.0.1:4010"


def main(record_from=None) -> None:
    """`record_from`: an httpx transport to record the cassettes from (tools/quickstart_cassettes.py)."""
    live = LIVE and record_from is None

    def replay(name: str):
        if live:
            return contextlib.nullcontext()
        from openai_table.testing import recorder

        return recorder(CASSETTES / "quickstart", record_mode="all" if record_from else "none").use_cassette(name)

    def http_client():
        import httpx

        return httpx.Client(transport=record_from) if record_from else None

    if live:
        client = OpenAI()
        print(f"Live: calling {client.base_url}")
    else:
        print("No OPENAI_API_KEY set: replaying cassettes/quickstart/ (the API reference's example answers; "
              "nothing leaves this machine).\n")
        client = OpenAI(api_key="sk-replay", base_url=REPLAY_URL, http_client=http_client())

    with replay("quickstart.yaml"):
        models = client.models.list()
        print(f"models.list -> {len(models.data)} model(s), first: {models.data[0].id} (owned by {models.data[0].owned_by})")

        completion = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Hello!"}],
        )
        print(f"chat.completions.create -> {completion.choices[0].message.content!r}"
              f" (finish_reason={completion.choices[0].finish_reason}, tokens={completion.usage.total_tokens},"
              f" request id {completion._request_id})")

        embedding = client.embeddings.create(model="text-embedding-3-small", input="The food was delicious")
        vector = embedding.data[0].embedding
        print(f"embeddings.create -> {len(vector)} float(s) starting {vector[0]:.6f}, sent as base64 and decoded, "
              "like the official SDK")

        upload = client.files.create(file=("hello.txt", b"hello from openai_table\n", "text/plain"), purpose="user_data")
        print(f"files.create -> {upload.id} ({upload.filename}, {upload.bytes} bytes)")
        deleted = client.files.delete(upload.id)  # leave the account as it was
        print(f"files.delete -> deleted={deleted.deleted}")

        raw = client.models.with_raw_response.retrieve("gpt-4o-mini")
        print(f"with_raw_response -> HTTP {raw.status_code}, content-type {raw.headers['content-type']}, "
              f"parsed: {type(raw.parse()).__name__} owned by {raw.parse().owned_by}")

    with replay("stream.yaml"):
        stream = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Hello!"}], stream=True,
        )
        print("chat.completions.create(stream=True) -> ", end="", flush=True)
        for chunk in stream:  # each piece printed as it arrives
            if chunk.choices and chunk.choices[0].delta.content:
                print(chunk.choices[0].delta.content, end="|", flush=True)
        print(" (| marks each chunk)")

    # An Azure OpenAI resource: same calls, deployment names as models.
    azure_live = live and os.environ.get("AZURE_OPENAI_ENDPOINT")
    if live and not azure_live:
        print("AzureOpenAI -> skipped (set AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and OPENAI_API_VERSION to try it)")
    else:
        with replay("azure.yaml"):
            azure = AzureOpenAI() if azure_live else AzureOpenAI(
                azure_endpoint=REPLAY_URL, api_version="2024-10-21", api_key="azure-replay-key", http_client=http_client())
            answer = azure.chat.completions.create(
                model="gpt-4o-mini-deployment", messages=[{"role": "user", "content": "Hello!"}],
            )
            print(f"AzureOpenAI chat.completions.create -> {answer.choices[0].message.content!r}"
                  " (sent to /openai/deployments/gpt-4o-mini-deployment/chat/completions?api-version=2024-10-21)")

    # The module-level client, for code written the older way.
    with replay("module.yaml"):
        if not live:
            openai_table.api_key, openai_table.base_url, openai_table.http_client = "sk-replay", REPLAY_URL, http_client()
        model = openai_table.models.retrieve("gpt-4o-mini")
        print(f"openai_table.models.retrieve (module client) -> {model.id}, owned by {model.owned_by}")

    try:
        client.files.retrieve("")
    except ValueError as e:
        print(f"bad input -> ValueError: {e}")

    print("\nDone.")


if __name__ == "__main__":
    sys.exit(main())
