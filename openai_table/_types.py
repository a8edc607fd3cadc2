"""Sentinels for "not given", exported under the official SDK's names."""

from typing import Any

__all__ = ["NotGiven", "NOT_GIVEN", "Omit", "omit", "is_given"]


class NotGiven:
    """A param left out: never sent, unlike None, which is sent as JSON null."""

    _instance = None

    def __new__(cls) -> "NotGiven":
        # One instance, so `is` checks work everywhere.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


class Omit(NotGiven):
    """The newer spelling of NOT_GIVEN; in `extra_headers` it also removes a default header."""

    _instance = None

    def __repr__(self) -> str:
        return "omit"


NOT_GIVEN = NotGiven()
omit = Omit()


def is_given(value: Any) -> bool:
    return not isinstance(value, NotGiven)
