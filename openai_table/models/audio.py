"""Audio responses: transcriptions (plain, verbose, diarized), translations and the transcription stream events."""

from __future__ import annotations

from typing import Any, List, Literal, Optional, Union

from ._base import BaseModel, model

__all__ = [
    # models and formats
    "SpeechModel",
    "AudioModel",
    "AudioResponseFormat",
    "TranscriptionInclude",
    # transcription (json)
    "TranscriptionLogprob",
    "TranscriptionUsageTokensInputTokenDetails",
    "TranscriptionUsageTokens",
    "TranscriptionUsageDuration",
    "TranscriptionUsage",
    "Transcription",
    # verbose transcription (verbose_json)
    "TranscriptionWord",
    "TranscriptionSegment",
    "TranscriptionVerboseUsage",
    "TranscriptionVerbose",
    # diarized transcription (diarized_json)
    "TranscriptionDiarizedSegment",
    "TranscriptionDiarizedUsageTokensInputTokenDetails",
    "TranscriptionDiarizedUsageTokens",
    "TranscriptionDiarizedUsageDuration",
    "TranscriptionDiarizedUsage",
    "TranscriptionDiarized",
    "TranscriptionCreateResponse",
    # transcription stream events
    "TranscriptionTextDeltaEventLogprob",
    "TranscriptionTextDeltaEvent",
    "TranscriptionTextDoneEventLogprob",
    "UsageInputTokenDetails",
    "TranscriptionTextDoneEventUsage",
    "TranscriptionTextDoneEvent",
    "TranscriptionTextSegmentEvent",
    "TranscriptionStreamEvent",
    # translation
    "Translation",
    "TranslationVerbose",
    "TranslationCreateResponse",
]


# -- models and formats --------------------------------------------------------------------------

SpeechModel = Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts"]
AudioModel = Literal["whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe", "gpt-4o-transcribe-diarize"]
AudioResponseFormat = Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"]
TranscriptionInclude = Literal["logprobs"]


# -- transcription (json) ------------------------------------------------------------------------

@model
class TranscriptionLogprob(BaseModel):
    """Log probability of one token of a transcript."""

    token: Optional[str] = None
    bytes: Optional[List[float]] = None
    logprob: Optional[float] = None


@model
class TranscriptionUsageTokensInputTokenDetails(BaseModel):
    """How the transcription's input tokens split between audio and text."""

    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class TranscriptionUsageTokens(BaseModel):
    """Usage of a token-billed transcription."""

    input_tokens: int = None
    output_tokens: int = None
    total_tokens: int = None
    type: Literal["tokens"] = "tokens"
    input_token_details: Optional[TranscriptionUsageTokensInputTokenDetails] = None


@model
class TranscriptionUsageDuration(BaseModel):
    """Usage of a transcription billed by audio seconds."""

    seconds: float = None
    type: Literal["duration"] = "duration"


TranscriptionUsage = Union[TranscriptionUsageTokens, TranscriptionUsageDuration]


@model
class Transcription(BaseModel):
    """A transcript: the text, plus token log probabilities when asked for."""

    text: str = None
    logprobs: Optional[List[TranscriptionLogprob]] = None
    usage: Optional[TranscriptionUsage] = None
    languages: Optional[List[Any]] = None  # newer than openai 2.8.1


# -- verbose transcription (verbose_json) --------------------------------------------------------

@model
class TranscriptionWord(BaseModel):
    """One word of a transcript with its start and end times."""

    end: float = None
    start: float = None
    word: str = None


@model
class TranscriptionSegment(BaseModel):
    """One segment of a verbose transcript, with timing and decoding statistics."""

    id: int = None
    avg_logprob: float = None
    compression_ratio: float = None
    end: float = None
    no_speech_prob: float = None
    seek: int = None
    start: float = None
    temperature: float = None
    text: str = None
    tokens: List[int] = None


@model
class TranscriptionVerbose(BaseModel):
    """A transcript with its language, duration, and timed segments and words (`response_format="verbose_json"`)."""

    duration: float = None
    language: str = None
    text: str = None
    segments: Optional[List[TranscriptionSegment]] = None
    usage: Optional[TranscriptionUsageDuration] = None
    words: Optional[List[TranscriptionWord]] = None


# -- diarized transcription (diarized_json) ------------------------------------------------------

@model
class TranscriptionDiarizedSegment(BaseModel):
    """One stretch of speech by one speaker, with its start and end times."""

    id: str = None
    end: float = None
    speaker: str = None
    start: float = None
    text: str = None
    type: Literal["transcript.text.segment"] = "transcript.text.segment"


@model
class TranscriptionDiarized(BaseModel):
    """A transcript split into segments labelled with who speaks (`response_format="diarized_json"`)."""

    duration: float = None
    segments: List[TranscriptionDiarizedSegment] = None
    task: Literal["transcribe"] = None  # "transcribe"
    text: str = None
    usage: Optional[TranscriptionUsage] = None


TranscriptionCreateResponse = Union[Transcription, TranscriptionDiarized, TranscriptionVerbose]


# -- transcription stream events -----------------------------------------------------------------

@model
class TranscriptionTextDeltaEventLogprob(BaseModel):
    """Log probability of one token of a streamed transcript (a delta or the done text)."""

    token: Optional[str] = None
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None


@model
class TranscriptionTextDeltaEvent(BaseModel):
    """Streamed: a new piece of transcript text."""

    delta: str = None
    type: Literal["transcript.text.delta"] = "transcript.text.delta"
    logprobs: Optional[List[TranscriptionTextDeltaEventLogprob]] = None
    segment_id: Optional[str] = None


@model
class TranscriptionTextDoneEvent(BaseModel):
    """Streamed: the transcript is complete; carries the whole text."""

    text: str = None
    type: Literal["transcript.text.done"] = "transcript.text.done"
    logprobs: Optional[List[TranscriptionTextDeltaEventLogprob]] = None
    usage: Optional[TranscriptionUsageTokens] = None
    languages: Optional[List[Any]] = None  # newer than openai 2.8.1


@model
class TranscriptionTextSegmentEvent(BaseModel):
    """Streamed: a finished speaker segment of a diarized transcript."""

    id: str = None
    end: float = None
    speaker: str = None
    start: float = None
    text: str = None
    type: Literal["transcript.text.segment"] = "transcript.text.segment"


TranscriptionStreamEvent = Union[TranscriptionTextSegmentEvent, TranscriptionTextDeltaEvent, TranscriptionTextDoneEvent]


# -- translation ---------------------------------------------------------------------------------

@model
class Translation(BaseModel):
    """Audio translated into English text."""

    text: str = None


@model
class TranslationVerbose(BaseModel):
    """An English translation with its source language, duration and timed segments."""

    duration: float = None
    language: str = None
    text: str = None
    segments: Optional[List[TranscriptionSegment]] = None


TranslationCreateResponse = Union[Translation, TranslationVerbose]


# -- the official names, one per method or container, for the shapes above -----------------------


TranscriptionVerboseUsage = TranscriptionUsageDuration
TranscriptionDiarizedUsageTokensInputTokenDetails = TranscriptionUsageTokensInputTokenDetails
TranscriptionDiarizedUsageTokens = TranscriptionUsageTokens
TranscriptionDiarizedUsageDuration = TranscriptionUsageDuration
TranscriptionDiarizedUsage = TranscriptionUsage
TranscriptionTextDoneEventLogprob = TranscriptionTextDeltaEventLogprob
UsageInputTokenDetails = TranscriptionUsageTokensInputTokenDetails
TranscriptionTextDoneEventUsage = TranscriptionUsageTokens
