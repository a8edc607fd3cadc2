"""`openai.lib.streaming.chat`: the `chat.completions.stream()` events, stream and state."""

from ....helpers.chat_stream import (
    AsyncChatCompletionStream as AsyncChatCompletionStream,
    AsyncChatCompletionStreamManager as AsyncChatCompletionStreamManager,
    ChatCompletionStream as ChatCompletionStream,
    ChatCompletionStreamEvent as ChatCompletionStreamEvent,
    ChatCompletionStreamManager as ChatCompletionStreamManager,
    ChatCompletionStreamState as ChatCompletionStreamState,
    ChunkEvent as ChunkEvent,
    ContentDeltaEvent as ContentDeltaEvent,
    ContentDoneEvent as ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent as FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent as FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent as LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent as LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent as LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent as LogprobsRefusalDoneEvent,
    ParsedChatCompletionMessageSnapshot as ParsedChatCompletionMessageSnapshot,
    ParsedChatCompletionSnapshot as ParsedChatCompletionSnapshot,
    ParsedChoiceSnapshot as ParsedChoiceSnapshot,
    RefusalDeltaEvent as RefusalDeltaEvent,
    RefusalDoneEvent as RefusalDoneEvent,
)
