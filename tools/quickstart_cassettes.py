"""Write cassettes/quickstart/*.yaml from the API reference's own example responses.

The quickstart replays these when no key is set, so what it prints is what a person would see
from the real API: each answer is the `x-oaiMeta` example response of its operation in the
OpenAPI description (the streamed answer is the reference's streaming example, its content being
the default example's answer, one word per chunk). Rerun after changing the quickstart:

    python tools/quickstart_cassettes.py [path/to/openapi.yaml]
"""

import base64
import json
import os
import pathlib
import re
import struct
import sys

import httpx

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC = os.environ.get("OPENAPI_YAML") or str(ROOT.parent / "shared" / "openapi" / "openapi.yaml")


def _loose_json(text: str):
    """The reference's examples are JSON with elisions (`....`) and trailing commas."""
    text = "\n".join(line for line in text.splitlines() if not line.strip().startswith("...."))
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    return json.loads(text.replace("VAR_chat_model_id", "gpt-4o-mini"))


def examples(spec_path: str):
    import yaml

    with open(spec_path, encoding="utf-8") as f:
        spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    out = {}
    for path, item in spec["paths"].items():
        for verb, op in item.items():
            meta = op.get("x-oaiMeta") if isinstance(op, dict) else None
            if not meta:
                continue
            ex = meta.get("examples")
            out[op["operationId"]] = {e.get("title"): e.get("response") for e in ex} if isinstance(ex, list) else {None: (ex or {}).get("response")}
    return out


def transport(spec_path: str = SPEC) -> httpx.MockTransport:
    ex = examples(spec_path)
    chat = _loose_json(ex["createChatCompletion"]["Default"])
    chunk_shape = [json.loads(line) for line in ex["createChatCompletion"]["Streaming"].splitlines() if line.startswith("{")]
    embedding = _loose_json(ex["createEmbedding"][None])
    models = _loose_json(ex["listModels"][None])
    model = _loose_json(ex["retrieveModel"][None])
    file = _loose_json(ex["createFile"][None])
    deleted = _loose_json(ex["deleteFile"][None])

    def sse(answer: str) -> bytes:
        first, word, last = chunk_shape[0], chunk_shape[1], chunk_shape[-1]
        words = re.findall(r"\S+\s*", answer)
        chunks = [first] + [{**word, "choices": [{**word["choices"][0], "delta": {"content": w}}]} for w in words] + [last]
        return b"".join(b"data: " + json.dumps(c, separators=(",", ":")).encode() + b"\n\n" for c in chunks) + b"data: [DONE]\n\n"

    def handle(request: httpx.Request) -> httpx.Response:
        path, method = request.url.path, request.method
        body = json.loads(request.content) if request.content and request.headers.get("content-type") == "application/json" else {}
        if path.endswith("/chat/completions") and body.get("stream"):
            return httpx.Response(200, content=sse(chat["choices"][0]["message"]["content"]),
                                  headers={"content-type": "text/event-stream", "x-request-id": "req_stream_example"})
        if path.endswith("/chat/completions"):
            data = {**chat, "model": body.get("model", chat["model"])}
        elif path.endswith("/embeddings"):
            vector = [v for v in embedding["data"][0]["embedding"]]
            value = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode() if body.get("encoding_format") == "base64" else vector
            data = {**embedding, "data": [{**embedding["data"][0], "embedding": value}]}
        elif method == "GET" and path.endswith("/models"):
            data = models
        elif method == "GET" and "/models/" in path:
            data = {**model, "id": path.rsplit("/", 1)[1]}
        elif method == "POST" and path.endswith("/files"):
            data = {**file, "filename": "hello.txt", "purpose": "user_data", "bytes": 24, "status": "processed"}
        elif method == "DELETE" and "/files/" in path:
            data = deleted
        else:
            return httpx.Response(404, json={"error": {"message": f"no example for {method} {path}"}})
        return httpx.Response(200, json=data, headers={"x-request-id": f"req_example_{len(path)}"})

    return httpx.MockTransport(handle)


if __name__ == "__main__":
    spec = sys.argv[1] if len(sys.argv) > 1 else SPEC
    sys.path[:0] = [str(ROOT), str(ROOT / "examples")]
    import quickstart

    for name in ("quickstart.yaml", "stream.yaml", "azure.yaml", "module.yaml"):
        (ROOT / "cassettes" / "quickstart" / name).unlink(missing_ok=True)
    quickstart.main(record_from=transport(spec))
