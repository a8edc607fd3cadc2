"""Request-side types of `client.audio`: what speech, transcription and translation calls take."""

from __future__ import annotations

from typing import List, Literal, Optional, Required, Sequence, TypedDict, Union

from .audio import AudioModel, AudioResponseFormat, SpeechModel, TranscriptionInclude
from .params import FileTypes

__all__ = [
    # speech
    "SpeechCreateParams",
    # transcriptions
    "ChunkingStrategyVadConfig",
    "ChunkingStrategy",
    "TranscriptionCreateParamsBase",
    "TranscriptionCreateParamsNonStreaming",
    "TranscriptionCreateParamsStreaming",
    "TranscriptionCreateParams",
    # translations
    "TranslationCreateParams",
]


# -- speech --------------------------------------------------------------------------------------

class SpeechCreateParams(TypedDict, total=False):
    """Arguments of `audio.speech.create`."""

    input: Required[str]
    model: Required[Union[str, SpeechModel]]
    voice: Required[Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]]]
    instructions: str
    response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"]
    speed: float
    stream_format: Literal["sse", "audio"]


# -- transcriptions ------------------------------------------------------------------------------

class ChunkingStrategyVadConfig(TypedDict, total=False):
    """Cut the audio where voice activity detection finds pauses."""

    type: Required[Literal["server_vad"]]
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float


ChunkingStrategy = Union[Literal["auto"], ChunkingStrategyVadConfig]


class TranscriptionCreateParamsBase(TypedDict, total=False):
    """Arguments of `audio.transcriptions.create` shared by the streaming and plain forms."""

    file: Required[FileTypes]
    model: Required[Union[str, AudioModel]]
    chunking_strategy: Optional[ChunkingStrategy]
    include: List[TranscriptionInclude]
    known_speaker_names: Sequence[str]
    known_speaker_references: Sequence[str]
    language: str
    prompt: str
    response_format: AudioResponseFormat
    temperature: float
    timestamp_granularities: List[Literal["word", "segment"]]
    # newer than openai 2.8.1
    keywords: Sequence[str]
    languages: Sequence[str]


class TranscriptionCreateParamsNonStreaming(TranscriptionCreateParamsBase, total=False):
    """Arguments of `audio.transcriptions.create` returning one result."""

    stream: Optional[Literal[False]]


class TranscriptionCreateParamsStreaming(TranscriptionCreateParamsBase, total=False):
    """Arguments of `audio.transcriptions.create` with `stream=True`."""

    stream: Required[Literal[True]]


TranscriptionCreateParams = Union[TranscriptionCreateParamsNonStreaming, TranscriptionCreateParamsStreaming]


# -- translations --------------------------------------------------------------------------------

class TranslationCreateParams(TypedDict, total=False):
    """Arguments of `audio.translations.create`."""

    file: Required[FileTypes]
    model: Required[Union[str, AudioModel]]
    prompt: str
    response_format: Literal["json", "text", "srt", "verbose_json", "vtt"]
    temperature: float
