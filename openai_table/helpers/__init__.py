"""The hand-written parts: post-processing steps that endpoints.yaml applies to parsed results
(``postprocess:``), the methods its ``helper:`` entries name, and the voice helpers
``Microphone`` and ``LocalAudioPlayer`` (``from openai_table.helpers import Microphone``;
loaded on first access, numpy and sounddevice when first used)."""

__all__ = ["Microphone", "LocalAudioPlayer"]


def __getattr__(name: str):
    if name in ("Microphone", "LocalAudioPlayer"):
        from . import voice

        return getattr(voice, name)
    raise AttributeError(f"module 'openai_table.helpers' has no attribute {name!r}")
