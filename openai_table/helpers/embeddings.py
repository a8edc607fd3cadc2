"""Turn base64 embeddings back into floats, as the official SDK does.

The engine asks for ``encoding_format=base64`` when the caller did not choose one (a third of
the bytes on the wire); the caller still expects lists of floats. Stdlib only: no numpy.
"""

import base64
import sys
from array import array
from typing import Any, Container, Optional

__all__ = ["decode_base64_embeddings"]


def _floats(encoded: str) -> list:
    values = array("f")
    values.frombytes(base64.b64decode(encoded))
    if sys.byteorder != "little":
        values.byteswap()  # the API sends little-endian float32
    return values.tolist()


def decode_base64_embeddings(result: Any, params: Any, defaulted: Optional[Container[str]]) -> Any:
    """Decode each ``result.data[i].embedding`` when base64 was the engine's choice, not the
    caller's; otherwise return ``result`` untouched."""
    if not defaulted or "encoding_format" not in defaulted:
        return result
    for item in getattr(result, "data", None) or ():
        encoded = getattr(item, "embedding", None)
        if isinstance(encoded, str):
            item.embedding = _floats(encoded)
    return result
