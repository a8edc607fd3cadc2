"""The exception hierarchy of the official SDK, so `except openai.RateLimitError` ports as is."""

from typing import Any, Optional

import httpx

__all__ = [
    "OpenAIError", "APIError", "APIStatusError", "APIConnectionError", "APITimeoutError",
    "APIResponseValidationError", "BadRequestError", "AuthenticationError", "PermissionDeniedError",
    "NotFoundError", "ConflictError", "UnprocessableEntityError", "RateLimitError",
    "InternalServerError", "TableError", "TableOverrideWarning", "InvalidWebhookSignatureError", "make_status_error",
]


class OpenAIError(Exception):
    pass


class TableError(OpenAIError, ValueError):
    """A malformed endpoints table: the message names the file, the entry and the problem."""


class TableOverrideWarning(UserWarning):
    """A table loaded over the built-in one replaces an entry that was already there (a
    built-in method, or one of an earlier table). Deliberate overrides are allowed: silence it
    with `warnings.filterwarnings("ignore", category=TableOverrideWarning)`."""


class InvalidWebhookSignatureError(OpenAIError, ValueError):
    """A webhook request whose signature does not check out: wrong or missing, or made too long
    ago (or ahead). A ValueError as in the official SDK, and an OpenAIError as its docs say."""


class APIError(OpenAIError):
    message: str
    request: httpx.Request
    body: Optional[object]
    code: Optional[str] = None
    param: Optional[str] = None
    type: Optional[str]

    def __init__(self, message: str, request: httpx.Request, *, body: Optional[object]) -> None:
        super().__init__(message)
        self.request = request
        self.message = message
        self.body = body
        # The API's error object may arrive bare or under "error"; lift its fields either way.
        err = body.get("error", body) if isinstance(body, dict) else None
        if isinstance(err, dict):
            self.code = err.get("code")
            self.param = err.get("param")
            self.type = err.get("type")
        else:
            self.code = self.param = self.type = None


class APIResponseValidationError(APIError):
    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: Optional[object], *, message: Optional[str] = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int
    request_id: Optional[str]

    def __init__(self, message: str, *, response: httpx.Response, body: Optional[object]) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class APIConnectionError(APIError):
    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__(message="Request timed out.", request=request)


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    pass


_BY_STATUS = {
    400: BadRequestError, 401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError,
    409: ConflictError, 422: UnprocessableEntityError, 429: RateLimitError,
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The exception for an error response whose body has been read."""
    text = response.text.strip()
    try:
        body: Any = response.json()
        message = f"Error code: {response.status_code} - {body}"
    except ValueError:
        body = text or None
        message = text or f"Error code: {response.status_code}"
    err = body.get("error", body) if isinstance(body, dict) else body
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(message, response=response, body=err)


def no_answer_error(request: httpx.Request, error: Exception) -> "APIConnectionError":
    """What a transport failure becomes, before the answer or in the middle of a stream:
    APITimeoutError for a timeout, else APIConnectionError."""
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(request=request)
