"""HTTP plumbing shared by the sync and async clients: options, transports, and error translation.

Retries live in the transport (httpx-retries): only idempotent methods are retried, on connection
errors, timeouts, 408, 429 and 502-504, with jittered exponential backoff that honours ``Retry-After``.
Each request carries the retry policy and timeout of the client that sent it, so ``with_options`` copies
can share one connection pool.

Every request asks for an uncompressed answer (``Accept-Encoding: identity``) unless its spec says
otherwise: InvokeAI 6.14 answers 500 to a gzip-accepting request whose answer is a 204, and gzips PNG and
WebP files for no gain. A successful answer of the wrong kind (InvokeAI 6.14 serves its web page, HTML,
for any API path it does not know) is an ``UnexpectedContentTypeError``, never data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Final

import httpx
from httpx_retries import Retry, RetryTransport

from ._redact import remember as remember_secret
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    LoginRequiredError,
    UnexpectedContentTypeError,
)
from .errors._api import status_error_class

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2
RETRY_STATUSES: Final = frozenset({408, 429, 502, 503, 504})
RETRY_BACKOFF_FACTOR: Final = 0.5  # 0.5 s, 1 s, 2 s … capped below
RETRY_MAX_WAIT: Final = 8.0

TimeoutLike = float | httpx.Timeout | None


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """What a client (or a ``with_options`` copy of it) sends every request with."""

    base_url: str
    token: str | None = field(repr=False)  # a credential: never in a repr
    timeout: httpx.Timeout
    max_retries: int

    def copy_with(
        self, *, timeout: TimeoutLike | object, max_retries: int | None, token: str | object | None
    ) -> ClientOptions:
        changed = self
        if timeout is not KEEP:
            changed = replace(changed, timeout=as_timeout(timeout))  # type: ignore[arg-type]
        if max_retries is not None:
            changed = replace(changed, max_retries=check_retries(max_retries))
        if token is not KEEP:
            remember_secret(token if isinstance(token, str) else None)
            changed = replace(changed, token=token)  # type: ignore[arg-type]
        return changed

    def retry(self) -> Retry:
        return Retry(
            total=self.max_retries,
            status_forcelist=RETRY_STATUSES,
            backoff_factor=RETRY_BACKOFF_FACTOR,
            max_backoff_wait=RETRY_MAX_WAIT,
            backoff_jitter=1.0,
            respect_retry_after_header=True,
        )

    def request_kwargs(self, session_token: str | None = None) -> dict[str, Any]:
        """Per-request settings that make a shared httpx client act as this client: its timeout, retry
        policy and bearer token (the one given, else the one a login got: ``session_token``)."""
        token = self.token or session_token
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return {"headers": headers, "timeout": self.timeout, "extensions": {"retry": self.retry()}}


# "Not given" for with_options arguments where None is a meaningful value (no timeout, no token).
KEEP: Any = type("Keep", (), {"__repr__": lambda self: "KEEP"})()


def normalize_base_url(base_url: str) -> str:
    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, ValueError) as exc:
        raise ConfigurationError(f"base_url {base_url!r} is not a URL ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"base_url must be an http(s) URL such as http://127.0.0.1:9090, got {base_url!r}"
        )
    return str(url).rstrip("/")


def as_timeout(timeout: TimeoutLike) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if timeout <= 0:
        raise ConfigurationError(f"timeout must be positive (seconds), got {timeout!r}")
    return httpx.Timeout(timeout, connect=min(timeout, DEFAULT_TIMEOUT.connect or timeout))


def check_retries(max_retries: int) -> int:
    if max_retries < 0:
        raise ConfigurationError(f"max_retries must be >= 0, got {max_retries}")
    return max_retries


def _client_kwargs(options: ClientOptions) -> dict[str, Any]:
    return {
        "base_url": options.base_url,
        "timeout": options.timeout,
        "headers": {"User-Agent": f"invokeai-client/{__version__}"},
        "follow_redirects": True,
    }


def new_sync_http(options: ClientOptions) -> httpx.Client:
    return httpx.Client(transport=RetryTransport(transport=httpx.HTTPTransport()), **_client_kwargs(options))


def new_async_http(options: ClientOptions) -> httpx.AsyncClient:
    transport = RetryTransport(transport=httpx.AsyncHTTPTransport())
    return httpx.AsyncClient(transport=transport, **_client_kwargs(options))


NO_RETRY: Final = "no_retry"  # a spec key: send this request once, whatever its method
IDEMPOTENT: Final = "idempotent"  # a spec key: a read the transport may resend whatever its method (POST)
REQUEST_TIMEOUT: Final = "request_timeout"  # a spec key: seconds, this request's bound below the client's
UNCOMPRESSED: Final = {"Accept-Encoding": "identity"}


def once(spec: dict[str, Any]) -> dict[str, Any]:
    """Mark a request that must never be resent automatically (e.g. a PUT that creates queue items)."""
    return {**spec, NO_RETRY: True}


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    options: ClientOptions,
    spec: dict[str, Any],
    session_token: str | None = None,
) -> httpx.Request:
    """An httpx request from a generated endpoint's ``_get_kwargs()`` (or an equivalent dict)."""
    settings = options.request_kwargs(session_token)
    headers = {**UNCOMPRESSED, **settings["headers"], **(spec.get("headers") or {})}
    extensions = settings["extensions"]
    if spec.get(NO_RETRY):
        extensions = {**extensions, "retry": extensions["retry"].copy_with(total=0)}
    elif spec.get(IDEMPOTENT):
        extensions = {**extensions, "retry": extensions["retry"].copy_with(allowed_methods=ALL_METHODS)}
    timeout = settings["timeout"]
    bound = spec.get(REQUEST_TIMEOUT)
    if bound is not None:
        timeout = _bounded(timeout, float(bound))
    sent = {k: v for k, v in spec.items() if k not in ("headers", NO_RETRY, IDEMPOTENT, REQUEST_TIMEOUT)}
    sent["url"] = absolute_url(options.base_url, str(spec["url"]))
    return http.build_request(
        **sent,
        headers=headers,
        timeout=timeout,
        extensions=extensions,
    )


def absolute_url(base_url: str, url: str) -> str:
    """``url`` in full: a path (what the generated endpoints give) joined to ``base_url``, its own path
    prefix kept (a server behind a proxy at ``/invokeai``), so a user's ``http_client`` needs no base URL."""
    return base_url + url if url.startswith("/") else url


ALL_METHODS: Final = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "POST", "PATCH"})


def _bounded(timeout: httpx.Timeout, seconds: float) -> httpx.Timeout:
    """``timeout`` with every part at most ``seconds`` (and at least a millisecond)."""
    cap = max(seconds, 0.001)

    def part(value: float | None) -> float:
        return cap if value is None else min(value, cap)

    return httpx.Timeout(
        connect=part(timeout.connect),
        read=part(timeout.read),
        write=part(timeout.write),
        pool=part(timeout.pool),
    )


def connection_error(exc: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
    """Translate an httpx transport error (the caller raises it ``from exc``)."""
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    unsent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    return kind(method=request.method, url=str(request.url), reason=reason, request_sent=not unsent)


def checked(response: httpx.Response) -> httpx.Response:
    """The response, if it is a success of the expected kind; else its typed error, raised."""
    error = status_error(response)
    if error is not None:
        raise error
    if _is_web_page(response):
        request = response.request
        raise UnexpectedContentTypeError(
            method=request.method,
            url=str(request.url),
            status_code=response.status_code,
            content_type=response.headers.get("content-type", ""),
            expected="an API answer (JSON or a file)",
        )
    return response


def _is_web_page(response: httpx.Response) -> bool:
    """An HTML answer to an API request: the server's web UI answering a path the API does not have."""
    content_type = response.headers.get("content-type", "").lower()
    return content_type.startswith("text/html") and "/api/" in response.request.url.path


def status_error(response: httpx.Response) -> APIStatusError | None:
    """The typed error for an error response, or None for a success (the one status mapping)."""
    if response.status_code < 400:
        return None
    body = decode_json(response)
    detail = body.get("detail", body) if isinstance(body, dict) else body
    if body is None:
        detail = response.text[:2000] or response.reason_phrase
    request = response.request
    cls = status_error_class(response.status_code)
    if response.status_code == 401 and "authorization" not in request.headers and not _is_login(request):
        cls = LoginRequiredError  # a multi-user server, asked without a token
    return cls(
        method=request.method,
        url=str(request.url),
        status_code=response.status_code,
        detail=detail,
        body=body,
    )


def _is_login(request: httpx.Request) -> bool:
    return request.url.path.endswith(("/auth/login", "/auth/setup"))


def decode_json(response: httpx.Response) -> Any:
    """The JSON body, or None when the body is empty or not JSON."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return None
