"""The client events of the Realtime API's websocket, as data.

Each event type is also where its sender sits on the connection: `conversation.item.create`
becomes `connection.conversation.item.create(item=..., previous_item_id=...)`, which sends
`{"type": "conversation.item.create", "item": ..., "previous_item_id": ...}`. Params are written
as in `endpoints.yaml` (`name: type`, a trailing `!` for a required one), in the order of the
official signatures; all are keyword-only and a param left out is not sent.

A new client event is a line here; `connection.py` has no code for any particular event.
"""

from typing import Dict, Tuple

__all__ = ["CLIENT_EVENTS", "BETA_CLIENT_EVENTS", "FLAVORS"]

Events = Dict[str, Tuple[Dict[str, str], str]]

# The GA Realtime API (`client.realtime.connect`).
CLIENT_EVENTS: Events = {
    "session.update": (
        {"session": "dict!", "event_id": "str"},
        "Change the session's settings (any but `model`, and `voice` only before audio went out); "
        "the server answers with `session.updated`. Fields left out keep their values."),
    "response.create": (
        {"event_id": "str", "response": "dict"},
        "Ask the model for a response (needed when server VAD is off); `response` overrides the "
        "session's settings for this one, and can keep it out of the default conversation."),
    "response.cancel": (
        {"event_id": "str", "response_id": "str"},
        "Cancel the response in progress (or the one named); it ends with a `response.done` "
        "event whose status is `cancelled`."),
    "input_audio_buffer.append": (
        {"audio": "str!", "event_id": "str"},
        "Add base64-encoded audio, in the session's input format, to the input buffer; "
        "the server does not confirm it."),
    "input_audio_buffer.commit": (
        {"event_id": "str"},
        "Turn the input buffer into a user message (needed when server VAD is off); "
        "the server answers with `input_audio_buffer.committed`."),
    "input_audio_buffer.clear": (
        {"event_id": "str"},
        "Drop the audio in the input buffer; the server answers with `input_audio_buffer.cleared`."),
    "conversation.item.create": (
        {"item": "dict!", "event_id": "str", "previous_item_id": "str"},
        "Add an item (a message, a function call or its output) to the conversation, after "
        "`previous_item_id` if given; the server answers with `conversation.item.created`."),
    "conversation.item.retrieve": (
        {"item_id": "str!", "event_id": "str"},
        "Ask for the server's copy of an item; it comes back as `conversation.item.retrieved`."),
    "conversation.item.truncate": (
        {"audio_end_ms": "int!", "content_index": "int!", "item_id": "str!", "event_id": "str"},
        "Cut an assistant audio message at the point the user heard (after an interruption), "
        "dropping its transcript too; the server answers with `conversation.item.truncated`."),
    "conversation.item.delete": (
        {"item_id": "str!", "event_id": "str"},
        "Remove an item from the conversation; the server answers with `conversation.item.deleted`."),
    "output_audio_buffer.clear": (
        {"event_id": "str"},
        "WebRTC/SIP only: stop the audio being played and drop the rest (send `response.cancel` "
        "first); the server answers with `output_audio_buffer.cleared`."),
}

# The beta Realtime API (`client.beta.realtime.connect`): the same events, plus transcription
# sessions.
BETA_CLIENT_EVENTS: Events = {
    **CLIENT_EVENTS,
    "transcription_session.update": (
        {"session": "dict!", "event_id": "str"},
        "Change the settings of a transcription session; the server answers with "
        "`transcription_session.updated`."),
}

# Per API: its client events, the union its server events are read into
# (`module:Name` under openai_table/models/), and headers sent on the handshake.
FLAVORS = {
    "realtime": {
        "events": CLIENT_EVENTS,
        "server_events": "realtime_events:RealtimeServerEvent",
        "headers": {},
    },
    "beta.realtime": {
        "events": BETA_CLIENT_EVENTS,
        "server_events": "beta_realtime:RealtimeServerEvent",
        "headers": {"OpenAI-Beta": "realtime=v1"},
    },
}
