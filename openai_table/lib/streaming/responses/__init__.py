"""`openai.lib.streaming.responses`: the `responses.stream()` events, stream and state."""

from ....helpers.responses_stream import (
    AsyncResponseStream as AsyncResponseStream,
    AsyncResponseStreamManager as AsyncResponseStreamManager,
    ResponseCompletedEvent as ResponseCompletedEvent,
    ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
    ResponseStream as ResponseStream,
    ResponseStreamEvent as ResponseStreamEvent,
    ResponseStreamManager as ResponseStreamManager,
    ResponseStreamState as ResponseStreamState,
    ResponseTextDeltaEvent as ResponseTextDeltaEvent,
    ResponseTextDoneEvent as ResponseTextDoneEvent,
)
