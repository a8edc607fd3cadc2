"""A tour of openai_table, written exactly as it would be against the official `openai` SDK.

With OPENAI_API_KEY set, it calls the API (or OPENAI_BASE_URL). Without one, it replays the
cassettes recorded in cassettes/ and says so, so it runs anywhere, offline.
To re-record its cassette against the mock: QUICKSTART_RECORD=1 OPENAI_BASE_URL=http://127.0.0.1:4010
OPENAI_API_KEY=sk-mock python examples/quickstart.py
"""

import contextlib
import os
import pathlib
import sys

from openai_table import OpenAI

CASSETTES = pathlib.Path(__file__).resolve().parent.parent / "cassettes"
LIVE = bool(os.environ.get("OPENAI_API_KEY")) and not os.environ.get("QUICKSTART_RECORD")
RECORD = bool(os.environ.get("QUICKSTART_RECORD"))


def replay(name: str, recordable: bool = True):
    """Replays cassettes/<name> when there is no API key; a no-op when live."""
    if LIVE:
        return contextlib.nullcontext()
    from openai_table.testing import recorder

    return recorder(CASSETTES, record_mode="all" if RECORD and recordable else "none").use_cassette(name)


def main() -> None:
    if LIVE:
        client = OpenAI()
        print(f"Live: calling {client.base_url}")
    elif RECORD:
        client = OpenAI()
        print(f"Recording cassettes/quickstart/ against {client.base_url}\n")
    else:
        print("No OPENAI_API_KEY set: replaying the recorded cassettes in cassettes/ (nothing leaves this machine).\n")
        client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY", "sk-replay"), base_url=os.environ.get("OPENAI_BASE_URL", "http://127.0.0.1:4010"))

    with replay("quickstart/quickstart.yaml"):
        models = client.models.list()
        print(f"models.list -> {len(models.data)} model(s), first: {models.data[0].id}")

        completion = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Say hello in five words."}],
            max_completion_tokens=20,
        )
        print(f"chat.completions.create -> {type(completion).__name__}: {completion.choices[0].message.content!r}"
              f" (finish_reason={completion.choices[0].finish_reason}, tokens={completion.usage.total_tokens})")

        embedding = client.embeddings.create(model="text-embedding-3-small", input="openai_table")
        vector = embedding.data[0].embedding
        print(f"embeddings.create -> {len(vector)} float(s), asked for as base64 and decoded, like the official SDK")

        upload = client.files.create(file=("hello.txt", b"hello from openai_table\n", "text/plain"), purpose="user_data")
        print(f"files.create -> {upload.id} ({upload.purpose}, {upload.status})")
        deleted = client.files.delete(upload.id)  # leave the account as it was
        print(f"files.delete -> deleted={deleted.deleted}")

        raw = client.models.with_raw_response.retrieve("gpt-4o-mini")
        print(f"with_raw_response -> HTTP {raw.status_code}, content-type {raw.headers['content-type']}, parsed: {type(raw.parse()).__name__}")

    # The mock cannot stream, so this one replays the tests' recording of a real SSE stream.
    with replay("test_slice_stream/test_chat_completions_create_stream.yaml", recordable=False):
        stream = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hello"}],
            stream=True, stream_options={"include_usage": True},
        )
        text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
        print(f"chat.completions.create(stream=True) -> {text!r}")

    try:
        client.files.retrieve("")
    except ValueError as e:
        print(f"bad input -> ValueError: {e}")

    print("\nDone.")


if __name__ == "__main__":
    sys.exit(main())
