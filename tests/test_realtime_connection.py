"""`client.realtime.connect` / `client.beta.realtime.connect` against a real websocket server on
127.0.0.1 (websockets' own server, in a thread, started per test): the handshake (URL, query,
auth and beta headers), every sender of the connection (made from the client-event table), typed
server events from `recv()` and iteration, raw `send()`, `close()`, and `error` events yielded as
the official SDK yields them. Parity: the official SDK's connection, on the same server, sends
the same events and reads the same messages into the same classes.

Every wait is bounded: the server closes a connection idle for 10 s, the client's waits on it
have timeouts, and async tests run under `asyncio.wait_for`."""

import asyncio
import inspect
import json
import sys
import threading
import time

import openai
import openai.resources.beta.realtime.realtime as official_beta
import openai.resources.realtime.realtime as official_ga
import pytest
from websockets.exceptions import ConnectionClosed, ConnectionClosedError
from websockets.sync.server import serve

from openai_table import AsyncOpenAI, OpenAI, OpenAIError, omit
from openai_table.helpers.realtime import (
    AsyncRealtimeConnection,
    AsyncRealtimeConnectionManager,
    RealtimeConnection,
    RealtimeConnectionManager,
)
from openai_table.helpers.realtime.events import BETA_CLIENT_EVENTS, CLIENT_EVENTS
from openai_table.models._base import UnknownModel
import openai_table.types.beta.realtime as beta_realtime_types
from openai_table.types import realtime as ga_types

from _mock import clean_env  # noqa: F401  (autouse)

IDLE = 10  # seconds the server waits for a message before it closes the connection
BOUND = 20  # seconds any one async test may take


class Server:
    """A scripted Realtime API: greets with `session.created`, answers a few client events the
    way the API does, and keeps every handshake and every message it received."""

    def __init__(self, beta: bool = False) -> None:
        self.beta = beta
        self.connections = []  # {"path", "headers", "received", "done"}
        # An unbounded incoming queue: a reply sent while the client is closing waits for the
        # close frame, which must not sit behind messages the handler has not read yet.
        self._server = serve(self._handle, "127.0.0.1", 0, max_queue=None)
        self.port = self._server.socket.getsockname()[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def last(self, timeout: float = 5) -> dict:
        # The handler thread may not have run yet when the client is already done (a loaded machine).
        deadline = time.monotonic() + timeout
        while not self.connections and time.monotonic() < deadline:
            time.sleep(0.01)
        assert self.connections, "the server saw no connection"
        conn = self.connections[-1]
        assert conn["done"].wait(timeout), "the server did not see the connection end"
        return conn

    def _handle(self, ws) -> None:
        conn = {"path": ws.request.path, "headers": ws.request.headers, "received": [], "done": threading.Event()}
        self.connections.append(conn)
        session = {"id": "sess_1", "object": "realtime.session", "model": "gpt-realtime"}
        if not self.beta:
            session["type"] = "realtime"
        try:
            self._send(ws, {"type": "session.created", "event_id": "event_1", "session": session})
            while True:
                try:
                    message = ws.recv(timeout=IDLE)
                except TimeoutError:
                    ws.close()
                    return
                except ConnectionClosed:
                    return  # every message the client sent before closing has been read
                event = json.loads(message)
                conn["received"].append(event)
                for reply in self._replies(event):
                    if isinstance(reply, int):
                        ws.close(code=reply, reason="closing as asked")
                        return
                    self._send(ws, reply)
        finally:
            conn["done"].set()

    @staticmethod
    def _send(ws, event: dict) -> None:
        try:
            ws.send(json.dumps(event))
        except ConnectionClosed:
            pass  # the client is closing; what it sent is still to be read

    def _replies(self, event: dict):
        kind = event["type"]
        text = "response.text" if self.beta else "response.output_text"
        if kind == "response.create":
            yield {"type": "response.created", "event_id": "event_2", "response": {"id": "resp_1", "object": "realtime.response", "status": "in_progress", "output": []}}
            for delta in ("Hel", "lo"):
                yield {"type": f"{text}.delta", "event_id": "event_3", "response_id": "resp_1", "item_id": "item_1",
                       "output_index": 0, "content_index": 0, "delta": delta}
            yield {"type": f"{text}.done", "event_id": "event_4", "response_id": "resp_1", "item_id": "item_1",
                   "output_index": 0, "content_index": 0, "text": "Hello"}
            yield {"type": "response.done", "event_id": "event_5", "response": {"id": "resp_1", "object": "realtime.response", "status": "completed",
                   "output": [{"id": "item_1", "type": "message", "role": "assistant", "content": [{"type": "output_text" if not self.beta else "text", "text": "Hello"}]}]}}
        elif kind == "conversation.item.retrieve" and event.get("item_id") == "missing":
            yield {"type": "error", "event_id": "event_6", "error": {"type": "invalid_request_error", "code": "item_not_found",
                   "message": "No item with id 'missing'.", "param": None, "event_id": event.get("event_id")}}
        elif kind == "test.future":
            yield {"type": "brand.new.event", "event_id": "event_7", "payload": {"n": 1}}
        elif kind == "test.close":
            yield event["code"]


@pytest.fixture
def server():
    s = Server()
    yield s
    s._server.shutdown()
    s._thread.join(5)


@pytest.fixture
def beta_server():
    s = Server(beta=True)
    yield s
    s._server.shutdown()
    s._thread.join(5)


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, BOUND))


# -- the handshake ---------------------------------------------------------------------------

def test_connect_url_auth_and_user_agent(server):
    client = OpenAI(api_key="sk-test", base_url=server.url + "?api-version=7")
    with client.realtime.connect(model="gpt-realtime", extra_query={"x": "1"}, extra_headers={"X-Trace": "t1"}) as connection:
        assert isinstance(connection, RealtimeConnection)
        assert isinstance(connection.recv(), ga_types.SessionCreatedEvent)
    conn = server.last()
    assert conn["path"] == "/v1/realtime?api-version=7&model=gpt-realtime&x=1"
    assert conn["headers"]["Authorization"] == "Bearer sk-test"
    assert conn["headers"]["X-Trace"] == "t1"
    assert conn["headers"]["User-Agent"].startswith("openai_table/")
    assert "OpenAI-Beta" not in conn["headers"]


def test_connect_with_a_call_id_and_a_websocket_base_url(server):
    client = OpenAI(api_key="sk-test", base_url="https://unused.invalid/v1",
                    websocket_base_url=f"ws://127.0.0.1:{server.port}/base/")
    with client.realtime.connect(call_id="rtc_1") as connection:
        connection.recv()
    assert server.last()["path"] == "/base/realtime?call_id=rtc_1"


def test_beta_connect_sends_the_beta_header_and_an_api_key_from_a_callable(beta_server):
    keys = iter(["sk-rotated-1", "sk-rotated-2"])
    client = OpenAI(api_key=lambda: next(keys), base_url=beta_server.url)
    for expected in ("sk-rotated-1", "sk-rotated-2"):
        with client.beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
            assert isinstance(connection.recv(), beta_realtime_types.SessionCreatedEvent)
        conn = beta_server.last()
        assert conn["path"] == "/v1/realtime?model=gpt-4o-realtime-preview"
        assert conn["headers"]["OpenAI-Beta"] == "realtime=v1"
        assert conn["headers"]["Authorization"] == f"Bearer {expected}"


def test_an_omitted_extra_header_removes_a_default_one(beta_server):
    client = OpenAI(api_key="sk-test", base_url=beta_server.url)
    with client.beta.realtime.connect(model="m", extra_headers={"OpenAI-Beta": omit}) as connection:
        connection.recv()
    assert "OpenAI-Beta" not in beta_server.last()["headers"]


def test_async_connect_with_an_async_api_key_provider(server):
    async def key():
        return "sk-async"

    async def main():
        client = AsyncOpenAI(api_key=key, base_url=server.url)
        manager = client.realtime.connect(model="gpt-realtime")
        assert isinstance(manager, AsyncRealtimeConnectionManager)  # not a coroutine: `async with` it
        async with manager as connection:
            assert isinstance(connection, AsyncRealtimeConnection)
            assert isinstance(await connection.recv(), ga_types.SessionCreatedEvent)

    run(main())
    assert server.last()["headers"]["Authorization"] == "Bearer sk-async"


def test_enter_without_a_with_block(server):
    client = OpenAI(api_key="sk-test", base_url=server.url)
    manager = client.realtime.connect(model="gpt-realtime")
    assert isinstance(manager, RealtimeConnectionManager) and not server.connections  # nothing opened yet
    connection = manager.enter()
    connection.recv()
    connection.close()
    assert server.last()["received"] == []


def test_without_websockets_installed_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "websockets.sync.client", None)
    monkeypatch.setitem(sys.modules, "websockets.asyncio.client", None)
    with pytest.raises(OpenAIError, match=r"openai_table\[realtime\]"):
        with OpenAI(api_key="sk-test").realtime.connect(model="m"):
            pass

    async def main():
        async with AsyncOpenAI(api_key="sk-test").realtime.connect(model="m"):
            pass

    with pytest.raises(OpenAIError, match=r"openai_table\[realtime\]"):
        run(main())


# -- a conversation: senders, typed events, errors -------------------------------------------

def test_sync_conversation(server):
    client = OpenAI(api_key="sk-test", base_url=server.url)
    with client.realtime.connect(model="gpt-realtime") as connection:
        connection.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        connection.conversation.item.create(
            item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Say hello!"}]})
        connection.response.create()
        text, events = "", []
        for event in connection:
            events.append(event)
            if event.type == "response.output_text.delta":
                text += event.delta
            elif event.type == "response.done":
                break
    assert text == "Hello"
    assert [type(e).__name__ for e in events] == [
        "SessionCreatedEvent", "ResponseCreatedEvent", "ResponseTextDeltaEvent", "ResponseTextDeltaEvent",
        "ResponseTextDoneEvent", "ResponseDoneEvent"]
    assert isinstance(events[0].session, ga_types.RealtimeSessionCreateRequest)
    assert events[-1].response.output[0].content[0].text == "Hello"
    assert server.last()["received"] == [
        {"type": "session.update", "session": {"type": "realtime", "output_modalities": ["text"]}},
        {"type": "conversation.item.create",
         "item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Say hello!"}]}},
        {"type": "response.create"},
    ]


def test_async_conversation(server):
    async def main():
        client = AsyncOpenAI(api_key="sk-test", base_url=server.url)
        async with client.realtime.connect(model="gpt-realtime") as connection:
            await connection.session.update(session={"type": "realtime"}, event_id="evt_client_1")
            await connection.input_audio_buffer.append(audio="AAAA")
            await connection.input_audio_buffer.commit()
            await connection.response.create(response={"instructions": "be brief"})
            deltas = []
            async for event in connection:
                if isinstance(event, ga_types.ResponseTextDeltaEvent):
                    deltas.append(event.delta)
                elif event.type == "response.done":
                    break
            return deltas

    assert run(main()) == ["Hel", "lo"]
    assert server.last()["received"] == [
        {"type": "session.update", "session": {"type": "realtime"}, "event_id": "evt_client_1"},
        {"type": "input_audio_buffer.append", "audio": "AAAA"},
        {"type": "input_audio_buffer.commit"},
        {"type": "response.create", "response": {"instructions": "be brief"}},
    ]


def test_error_events_are_yielded_and_the_session_stays_usable(server):
    client = OpenAI(api_key="sk-test", base_url=server.url)
    with client.realtime.connect(model="gpt-realtime") as connection:
        connection.recv()  # session.created
        connection.conversation.item.retrieve(item_id="missing", event_id="evt_42")
        error = connection.recv()  # no exception: the official SDK raises nothing either
        assert isinstance(error, ga_types.RealtimeErrorEvent)
        assert (error.error.type, error.error.code, error.error.event_id) == ("invalid_request_error", "item_not_found", "evt_42")
        assert error.error.message == "No item with id 'missing'."
        connection.response.create()
        assert connection.recv().type == "response.created"


def test_async_error_event(server):
    async def main():
        async with AsyncOpenAI(api_key="sk-test", base_url=server.url).realtime.connect(model="m") as connection:
            await connection.recv()
            await connection.conversation.item.retrieve(item_id="missing")
            return await connection.recv()

    error = run(main())
    assert error.type == "error" and error.error.code == "item_not_found"


def test_beta_conversation_with_beta_event_types(beta_server):
    client = OpenAI(api_key="sk-test", base_url=beta_server.url)
    with client.beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
        connection.transcription_session.update(session={"input_audio_format": "pcm16"})
        connection.response.create()
        events = []
        for event in connection:
            events.append(event)
            if event.type == "response.done":
                break
    assert [type(e) for e in events[2:4]] == [beta_realtime_types.ResponseTextDeltaEvent] * 2
    assert "".join(e.delta for e in events[2:4]) == "Hello"
    assert beta_server.last()["received"][0] == {"type": "transcription_session.update", "session": {"input_audio_format": "pcm16"}}


def test_send_raw_events_dicts_and_models(server):
    client = OpenAI(api_key="sk-test", base_url=server.url)
    with client.realtime.connect(model="m") as connection:
        connection.send({"type": "response.cancel", "response_id": "resp_9"})
        connection.send(ga_types.InputAudioBufferAppendEvent(audio="QUJD", event_id="e1"))
        connection.send(ga_types.ConversationItemTruncateEvent(item_id="item_1", content_index=0, audio_end_ms=1500))
    assert server.last()["received"] == [
        {"type": "response.cancel", "response_id": "resp_9"},
        {"type": "input_audio_buffer.append", "audio": "QUJD", "event_id": "e1"},
        {"type": "conversation.item.truncate", "item_id": "item_1", "content_index": 0, "audio_end_ms": 1500},
    ]


def test_left_out_values_are_not_sent_and_models_nest(server):
    client = OpenAI(api_key="sk-test", base_url=server.url)
    with client.realtime.connect(model="m") as connection:
        connection.send({"type": "response.create", "event_id": omit, "response": {"instructions": "x", "metadata": omit}})
        connection.session.update(session=ga_types.RealtimeSessionCreateRequest(type="realtime", instructions="be kind"))
    assert server.last()["received"] == [
        {"type": "response.create", "response": {"instructions": "x"}},
        {"type": "session.update", "session": {"type": "realtime", "instructions": "be kind"}},
    ]


def test_websocket_connection_options_go_to_websockets(server):
    client = OpenAI(api_key="sk-test", base_url=server.url)
    with client.realtime.connect(model="m") as connection:
        connection.recv()
    assert "permessage-deflate" in server.last()["headers"].get("Sec-WebSocket-Extensions", "")
    with client.realtime.connect(model="m", websocket_connection_options={"compression": None}) as connection:
        connection.recv()
    assert "Sec-WebSocket-Extensions" not in server.last()["headers"]


def test_unknown_server_events_keep_their_data_and_recv_bytes_is_raw(server):
    client = OpenAI(api_key="sk-test", base_url=server.url)
    with client.realtime.connect(model="m") as connection:
        raw = connection.recv_bytes()
        assert isinstance(raw, bytes) and json.loads(raw)["type"] == "session.created"
        connection.send({"type": "test.future"})
        event = connection.recv()
    assert isinstance(event, UnknownModel)
    assert event.type == "brand.new.event" and event.payload == {"n": 1}
    assert event.to_dict() == {"type": "brand.new.event", "event_id": "event_7", "payload": {"n": 1}}


def test_a_normal_close_by_the_server_ends_iteration_an_abnormal_one_raises(server):
    client = OpenAI(api_key="sk-test", base_url=server.url)
    with client.realtime.connect(model="m") as connection:
        connection.send({"type": "test.close", "code": 1000})
        assert [e.type for e in connection] == ["session.created"]
    with client.realtime.connect(model="m") as connection:
        connection.send({"type": "test.close", "code": 1011})
        with pytest.raises(ConnectionClosedError):
            list(connection)


def test_async_iteration_ends_on_a_normal_close(server):
    async def main():
        async with AsyncOpenAI(api_key="sk-test", base_url=server.url).realtime.connect(model="m") as connection:
            await connection.send({"type": "test.close", "code": 1000})
            return [e.type async for e in connection]

    assert run(main()) == ["session.created"]


def test_close_with_a_code_and_reason(server):
    client = OpenAI(api_key="sk-test", base_url=server.url)
    connection = client.realtime.connect(model="m").enter()
    connection.close(code=1001, reason="going away")
    assert connection.websocket.close_code == 1001
    server.last()


def test_sender_arguments_are_checked():
    connection = RealtimeConnection(None)
    with pytest.raises(TypeError, match="missing required keyword arguments: 'audio_end_ms', 'content_index', 'item_id'"):
        connection.conversation.item.truncate()
    with pytest.raises(TypeError, match="unexpected keyword argument 'itme'"):
        connection.conversation.item.create(itme={})
    with pytest.raises(TypeError):
        connection.input_audio_buffer.append("AAAA")  # keyword-only, as in the official SDK
    assert not hasattr(connection, "transcription_session")  # a beta event only
    assert hasattr(RealtimeConnection(None, "beta.realtime"), "transcription_session")


# -- the senders come from the table and match the official connection -----------------------

def _senders(obj, prefix=""):
    out = {}
    for name in dir(obj):
        if name.startswith("_") or name in ("websocket",):
            continue
        attr = getattr(obj, name)
        if inspect.ismethod(attr):
            if prefix:  # the connection's own methods (send, recv, ...) are not senders
                out[prefix + name] = attr
        elif hasattr(attr, "_connection"):
            out.update(_senders(attr, f"{prefix}{name}."))
    return out


def _shape(fn):
    return {n: (p.kind, p.default is inspect.Parameter.empty) for n, p in inspect.signature(fn).parameters.items()}


@pytest.mark.parametrize("flavor,official_module,table", [
    ("realtime", official_ga, CLIENT_EVENTS), ("beta.realtime", official_beta, BETA_CLIENT_EVENTS)])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_every_official_sender_is_here_with_its_signature(flavor, official_module, table, is_async):
    prefix = "Async" if is_async else ""
    theirs = _senders(getattr(official_module, f"{prefix}RealtimeConnection")(None))
    ours = _senders((AsyncRealtimeConnection if is_async else RealtimeConnection)(None, flavor))
    assert sorted(ours) == sorted(theirs) == sorted(table)
    for path, fn in ours.items():
        assert _shape(fn) == _shape(theirs[path]), path
        assert inspect.iscoroutinefunction(fn) is is_async is inspect.iscoroutinefunction(theirs[path])
        assert fn.__doc__.strip()


def test_connection_methods_match_the_official_ones():
    for ours, theirs in [(RealtimeConnection, official_ga.RealtimeConnection),
                         (AsyncRealtimeConnection, official_ga.AsyncRealtimeConnection)]:
        for name in ("recv", "recv_bytes", "send", "close", "parse_event"):
            assert _shape(getattr(ours, name)) == _shape(getattr(theirs, name)), name
            assert inspect.iscoroutinefunction(getattr(ours, name)) == inspect.iscoroutinefunction(getattr(theirs, name))


# Every sender, called with every param, then with the required ones only.
CALLS = [
    ("session.update", {"session": {"type": "realtime", "instructions": "hi"}, "event_id": "e1"}),
    ("response.create", {"event_id": "e2", "response": {"output_modalities": ["text"], "metadata": {"k": "v"}}}),
    ("response.cancel", {"event_id": "e3", "response_id": "resp_1"}),
    ("input_audio_buffer.append", {"audio": "AAAA", "event_id": "e4"}),
    ("input_audio_buffer.commit", {"event_id": "e5"}),
    ("input_audio_buffer.clear", {"event_id": "e6"}),
    ("conversation.item.create", {"item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "x"}]},
                                  "event_id": "e7", "previous_item_id": "item_0"}),
    ("conversation.item.retrieve", {"item_id": "item_1", "event_id": "e8"}),
    ("conversation.item.truncate", {"audio_end_ms": 1500, "content_index": 0, "item_id": "item_1", "event_id": "e9"}),
    ("conversation.item.delete", {"item_id": "item_1", "event_id": "e10"}),
    ("output_audio_buffer.clear", {"event_id": "e11"}),
]
BETA_CALLS = CALLS + [("transcription_session.update", {"session": {"input_audio_format": "pcm16"}, "event_id": "e12"})]


def _script(calls, table):
    for path, kwargs in calls:
        yield path, kwargs
        params = table[path][0]
        yield path, {k: v for k, v in kwargs.items() if params[k].endswith("!")}


def _call(connection, path, kwargs):
    obj = connection
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj(**kwargs)


@pytest.mark.parametrize("beta", [False, True], ids=["ga", "beta"])
def test_every_sender_sends_what_the_official_one_sends(server, beta_server, beta):
    srv = beta_server if beta else server
    calls = list(_script(BETA_CALLS if beta else CALLS, BETA_CLIENT_EVENTS if beta else CLIENT_EVENTS))

    def session(client):
        resource = client.beta.realtime if beta else client.realtime
        with resource.connect(model="gpt-realtime") as connection:
            for path, kwargs in calls:
                _call(connection, path, kwargs)
        return srv.last()

    ws_base = f"ws://127.0.0.1:{srv.port}/v1"  # the official SDK would say wss:// for an http base URL
    mine = session(OpenAI(api_key="sk-test", base_url=srv.url))
    theirs = session(openai.OpenAI(api_key="sk-test", base_url=srv.url, websocket_base_url=ws_base))
    assert mine["received"] == theirs["received"]
    assert len(mine["received"]) == len(calls)
    assert mine["path"] == theirs["path"]
    for header in ("Authorization", "OpenAI-Beta"):
        assert mine["headers"].get(header) == theirs["headers"].get(header)


def test_async_senders_send_what_the_official_async_ones_send(server):
    calls = list(_script(CALLS, CLIENT_EVENTS))

    async def session(client):
        async with client.realtime.connect(model="gpt-realtime") as connection:
            for path, kwargs in calls:
                await _call(connection, path, kwargs)

    run(session(AsyncOpenAI(api_key="sk-test", base_url=server.url)))
    mine = server.last()
    run(session(openai.AsyncOpenAI(api_key="sk-test", websocket_base_url=f"ws://127.0.0.1:{server.port}/v1")))
    theirs = server.last()
    assert mine["received"] == theirs["received"] and len(mine["received"]) == len(calls)


@pytest.mark.parametrize("beta", [False, True], ids=["ga", "beta"])
def test_server_events_read_into_the_official_classes(server, beta_server, beta):
    srv = beta_server if beta else server

    def read(client, ws_base=None):
        resource = client.beta.realtime if beta else client.realtime
        with resource.connect(model="m") as connection:
            connection.conversation.item.retrieve(item_id="missing")
            connection.response.create()
            connection.send({"type": "test.close", "code": 1000})
            return list(connection)

    mine = read(OpenAI(api_key="sk-test", base_url=srv.url))
    theirs = read(openai.OpenAI(api_key="sk-test", websocket_base_url=f"ws://127.0.0.1:{srv.port}/v1"))
    assert [type(e).__name__ for e in mine] == [type(e).__name__ for e in theirs]
    assert len(mine) == 7
    for a, b in zip(mine, theirs):
        assert a.to_dict() == b.to_dict()


def test_websockets_loads_only_when_a_connection_opens():
    import subprocess

    code = ("import sys; from openai_table import OpenAI; c = OpenAI(api_key='k'); m = c.realtime.connect(model='m'); "
            "c.beta.realtime.connect(model='m'); print('websockets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# -- Azure: the URL and credential the official Azure clients connect with --------------------

from urllib.parse import parse_qsl, urlsplit  # noqa: E402

from openai_table import AsyncAzureOpenAI, AzureOpenAI  # noqa: E402

AZ_KEY = "azkey-0123456789-secret"
AZ_TOKEN = "adtoken-0123456789-secret"
AZ_VERSION = "2025-04-01-preview"


@pytest.fixture(autouse=True)
def clean_azure_env(monkeypatch):
    for name in ("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_AD_TOKEN", "OPENAI_API_VERSION", "AZURE_OPENAI_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)


def _az_auth(kind, is_async, seen):
    """Client options for one way to authenticate; a provider records the tokens it hands out."""
    if kind == "api_key":
        return {"api_key": AZ_KEY}
    if kind == "azure_ad_token":
        return {"azure_ad_token": AZ_TOKEN}

    def token():
        seen.append(f"{AZ_TOKEN}-{len(seen)}")
        return seen[-1]

    async def async_token():
        return token()

    return {"azure_ad_token_provider": async_token if is_async else token}


def _handshake(conn):
    return conn["path"], conn["headers"].get("api-key"), conn["headers"].get("Authorization"), conn["headers"].get("OpenAI-Beta")


@pytest.mark.parametrize("kind", ["api_key", "azure_ad_token", "azure_ad_token_provider"])
@pytest.mark.parametrize("beta", [False, True], ids=["ga", "beta"])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_azure_connect_sends_what_the_official_azure_client_sends(server, beta_server, kind, beta, is_async):
    srv = beta_server if beta else server
    ws_base = f"ws://127.0.0.1:{srv.port}/openai"  # the official SDK would say wss:// for an http endpoint

    def connect(client):
        resource = client.beta.realtime if beta else client.realtime
        return resource.connect(model="my-realtime-deployment", extra_query={"x": "1"})

    def session(client):
        if is_async:
            async def main():
                async with connect(client) as connection:
                    await connection.recv()
            run(main())
        else:
            with connect(client) as connection:
                connection.recv()
        return _handshake(srv.last())

    mine_seen, theirs_seen = [], []
    ours = AsyncAzureOpenAI if is_async else AzureOpenAI
    official = openai.AsyncAzureOpenAI if is_async else openai.AzureOpenAI
    mine = session(ours(azure_endpoint=f"http://127.0.0.1:{srv.port}", api_version=AZ_VERSION,
                        **_az_auth(kind, is_async, mine_seen)))
    theirs = session(official(azure_endpoint="https://unused.invalid", websocket_base_url=ws_base,
                              api_version=AZ_VERSION, **_az_auth(kind, is_async, theirs_seen)))
    assert mine == theirs
    assert mine_seen == theirs_seen == ([f"{AZ_TOKEN}-0"] if kind == "azure_ad_token_provider" else [])
    path, api_key, authorization, beta_header = mine
    assert path == f"/openai/realtime?x=1&api-version={AZ_VERSION}&deployment=my-realtime-deployment"
    expected = {"api_key": (AZ_KEY, None), "azure_ad_token": (None, f"Bearer {AZ_TOKEN}"),
                "azure_ad_token_provider": (None, f"Bearer {AZ_TOKEN}-0")}[kind]
    assert (api_key, authorization) == expected
    assert beta_header == ("realtime=v1" if beta else None)
    # a websocket_base_url is used as it is, as officially
    mine_seen.clear()
    again = session(ours(azure_endpoint="https://unused.invalid", websocket_base_url=ws_base, api_version=AZ_VERSION,
                         **_az_auth(kind, is_async, mine_seen)))
    assert again == mine


def test_azure_ad_token_provider_is_called_per_connection(server):
    tokens = iter(["tok-1", "tok-2"])
    client = AzureOpenAI(azure_endpoint=f"http://127.0.0.1:{server.port}", api_version=AZ_VERSION,
                         azure_ad_token_provider=lambda: next(tokens))
    for expected in ("tok-1", "tok-2"):
        with client.realtime.connect(model="dep") as connection:
            connection.recv()
        assert server.last()["headers"]["Authorization"] == f"Bearer {expected}"


def test_azure_async_api_key_callable_is_awaited_per_connection(server):
    keys = iter(["key-1", "key-2"])

    async def key():
        return next(keys)

    async def main():
        client = AsyncAzureOpenAI(azure_endpoint=f"http://127.0.0.1:{server.port}", api_version=AZ_VERSION, api_key=key)
        for expected in ("key-1", "key-2"):
            async with client.realtime.connect(model="dep") as connection:
                await connection.recv()
            assert server.last()["headers"]["api-key"] == expected

    run(main())


def _captured(monkeypatch, open_connection, is_async=False):
    """The URL and headers a client hands to `websockets` (no server: the endpoint is https)."""
    seen = {}

    def fake_connect(url, **kwargs):
        seen.update(url=url, headers=dict(kwargs.get("additional_headers") or {}))
        raise RuntimeError("captured")

    async def fake_async_connect(url, **kwargs):
        return fake_connect(url, **kwargs)

    import websockets.asyncio.client
    import websockets.sync.client
    monkeypatch.setattr(websockets.sync.client, "connect", fake_connect)
    monkeypatch.setattr(websockets.asyncio.client, "connect", fake_async_connect)
    with pytest.raises(RuntimeError, match="captured"):
        if is_async:
            run(open_connection())
        else:
            open_connection()
    return seen


@pytest.mark.parametrize("options,kwargs", [
    ({}, {"model": "dep"}),
    ({"azure_deployment": "fixed"}, {"model": "dep"}),  # the client's deployment wins; not under /deployments
    ({}, {"model": "dep", "call_id": "rtc_1"}),
    ({"api_key": AZ_KEY, "azure_ad_token": AZ_TOKEN}, {"model": "dep"}),  # a key wins here, as officially
    ({"base_url": "https://example-resource.openai.azure.com/openai/deployments/dep"}, {"model": "dep"}),
])
def test_azure_url_from_an_https_endpoint_matches_the_official_one(monkeypatch, options, kwargs):
    options = {"api_key": AZ_KEY, "api_version": AZ_VERSION, **options}
    if "base_url" not in options:
        options["azure_endpoint"] = "https://example-resource.openai.azure.com/"

    def opener(client):
        return lambda: client.realtime.connect(**kwargs).__enter__()

    mine = _captured(monkeypatch, opener(AzureOpenAI(**options)))
    theirs = _captured(monkeypatch, opener(openai.AzureOpenAI(**options)))
    assert mine["url"] == str(theirs["url"])
    assert mine["url"].startswith("wss://example-resource.openai.azure.com/openai")
    auth = {k: v for k, v in mine["headers"].items() if k in ("api-key", "Authorization")}
    assert auth == {k: v for k, v in theirs["headers"].items() if k in ("api-key", "Authorization")} == {"api-key": AZ_KEY}


def test_azure_copies_keep_the_realtime_url(monkeypatch):
    client = AzureOpenAI(azure_endpoint="https://example-resource.openai.azure.com", azure_deployment="fixed",
                         api_version=AZ_VERSION, api_key=AZ_KEY).with_options(timeout=5)
    seen = _captured(monkeypatch, lambda: client.beta.realtime.connect(model="dep").__enter__())
    assert seen["url"] == f"wss://example-resource.openai.azure.com/openai/realtime?api-version={AZ_VERSION}&deployment=fixed"
    assert seen["headers"]["api-key"] == AZ_KEY and seen["headers"]["OpenAI-Beta"] == "realtime=v1"


def test_azure_ga_connect_needs_a_model_as_officially(monkeypatch):
    for client in (AzureOpenAI(azure_endpoint="https://e.invalid", api_version=AZ_VERSION, api_key=AZ_KEY),
                   openai.AzureOpenAI(azure_endpoint="https://e.invalid", api_version=AZ_VERSION, api_key=AZ_KEY)):
        with pytest.raises(openai.OpenAIError if isinstance(client, openai.OpenAI) else OpenAIError, match="`model`"):
            with client.realtime.connect(call_id="rtc_1"):
                pass


def test_azure_secrets_stay_out_of_reprs_logs_and_errors(server, caplog):
    caplog.set_level("DEBUG", logger="openai_table")
    client = AzureOpenAI(azure_endpoint=f"http://127.0.0.1:{server.port}", api_version=AZ_VERSION, api_key=AZ_KEY)
    manager = client.realtime.connect(model="dep")
    with manager as connection:
        connection.recv()
        assert AZ_KEY not in repr(connection) and AZ_KEY not in repr(manager) and AZ_KEY not in repr(client)
    assert server.last()["headers"]["api-key"] == AZ_KEY
    assert AZ_KEY not in caplog.text

    bad = AzureOpenAI(azure_endpoint=f"http://127.0.0.1:{server.port}", api_version=AZ_VERSION,
                      azure_ad_token_provider=lambda: {"token": AZ_TOKEN})
    with pytest.raises(ValueError, match="must return a non-empty str") as e:
        bad.realtime.connect(model="dep").__enter__()
    assert AZ_TOKEN not in str(e.value)

    async def async_bad():
        async def provider():
            return None
        client = AsyncAzureOpenAI(azure_endpoint=f"http://127.0.0.1:{server.port}", api_version=AZ_VERSION,
                                  azure_ad_token_provider=provider)
        async with client.realtime.connect(model="dep"):
            pass

    with pytest.raises(ValueError, match="must return a non-empty str"):
        run(async_bad())

    closed = AzureOpenAI(azure_endpoint="http://127.0.0.1:9", api_version=AZ_VERSION, azure_ad_token=AZ_TOKEN)
    with pytest.raises(Exception) as e:
        closed.realtime.connect(model="dep", websocket_connection_options={"open_timeout": 2}).__enter__()
    assert AZ_TOKEN not in str(e.value) and AZ_TOKEN not in repr(e.value)
