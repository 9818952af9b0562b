"""Which generated package speaks to the connected server, and building requests with it.

``invokeai_api`` holds one generated package per InvokeAI minor version (``v6_8``, ``v6_14`` …), each with
an operation table (``operations.py``: ``"tag.module" -> (METHOD, path)``). The facade names operations
by key (`Endpoint`), never by importing a version's module, and a `ServerApi` — chosen once
per client from the server's version — says which operations the server offers and builds each request
with the matching package:

* a server whose minor version has a package uses it, and that package's table says what it offers;
* any other 6.x server (6.9 … 6.13, or one newer than this SDK) is described by its own ``/openapi.json``:
  it offers the operations (method and path) its document lists, each built with the nearest package
  that has it.

Nothing is tried and guessed from a 404. A version's generated code is imported only when that version
is used. Request bodies are plain JSON or multipart (`Json`, `Multipart`), so they do not
depend on the generated model classes, whose names change between versions; answers are validated into
the facade's own types (`call`, `parse`: one pass in pydantic-core), never the generated ones.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Final, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from .._flows import Call, Flow, Request, RequestSpec
from .._generated import ROOT, packages, parse_version
from .._http import NO_RETRY
from ..errors import APIResponseValidationError, InvalidNameError, UnsupportedByServerError

Operation = tuple[str, str]  # (METHOD, path template)
M = TypeVar("M", bound=BaseModel)


class _Omit:
    """An argument left out of a call (the generated function's own default applies)."""

    def __repr__(self) -> str:
        return "OMIT"


OMIT: Final = _Omit()


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A generated operation, by its module key ``"<tag>.<module>"``; calling it makes a `Call`.

    ``path`` pins the route: the server offers the endpoint only if its operation of that key has this
    path (InvokeAI 6.8 and 6.14 both have ``videos.get_video_dto``, by id and by name).
    """

    key: str
    path: str | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Call:
        return Call(self.key, args, {name: value for name, value in kwargs.items() if value is not OMIT})


def endpoint(key: str, *, path: str | None = None) -> Endpoint:
    return Endpoint(key, path)


def is_safe_name(value: str) -> bool:
    """Whether ``value`` can be one segment of a URL path as the server routes it."""
    return value not in ("", ".", "..") and "/" not in value and "\\" not in value


class Json:
    """A JSON request body (the generated operations serialise ``body.to_dict()``)."""

    __slots__ = ("data",)

    def __init__(self, data: Any) -> None:
        self.data = data

    def to_dict(self) -> Any:
        return self.data


class Multipart:
    """A multipart request body: files as ``(file name, bytes, media type)``, other fields as text."""

    __slots__ = ("fields", "files")

    def __init__(self, files: Mapping[str, tuple[str, bytes, str]], fields: Mapping[str, Any] | None = None):
        self.files = dict(files)
        self.fields = {k: v for k, v in (fields or {}).items() if v is not None}

    def to_multipart(self) -> list[tuple[str, Any]]:
        parts: list[tuple[str, Any]] = [
            (name, (file_name, io.BytesIO(data), media_type))
            for name, (file_name, data, media_type) in self.files.items()
        ]
        parts += [(name, (None, str(value).encode(), "text/plain")) for name, value in self.fields.items()]
        return parts


# ---- the generated packages -----------------------------------------------------------------------------


@functools.cache
def operation_table(package: str) -> dict[str, Operation]:
    """A package's operations (its ``operations.py``; no endpoint module is imported)."""
    table: dict[str, Operation] = importlib.import_module(f"{ROOT}.{package}.operations").OPERATIONS
    return table


def _preference(version: str) -> list[str]:
    """Packages in the order they are tried for an operation: the newest not newer than ``version``
    first, then older ones, then newer ones (oldest first)."""
    key = parse_version(version)
    ordered = list(packages())
    older = [p for p in ordered if parse_version(packages()[p]) <= key]
    newer = [p for p in ordered if parse_version(packages()[p]) > key]
    return older[::-1] + newer


def offered_by(package: str, endpoint: Endpoint) -> bool:
    found = operation_table(package).get(endpoint.key)
    return found is not None and (endpoint.path is None or found[1] == endpoint.path)


def versions_offering(endpoints: Iterable[Endpoint]) -> list[str]:
    """The generated-from versions whose package offers every endpoint."""
    wanted = list(endpoints)
    return [
        version
        for package, version in packages().items()
        if all(offered_by(package, endpoint) for endpoint in wanted)
    ]


def operations_in_document(document: Mapping[str, Any]) -> set[Operation]:
    """Every (METHOD, path) an OpenAPI document lists."""
    methods = ("get", "put", "post", "delete", "patch", "head", "options")
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        return set()
    return {
        (method.upper(), path)
        for path, item in paths.items()
        if isinstance(item, Mapping)
        for method in methods
        if method in item
    }


# ---- one server -------------------------------------------------------------------------------------------


class ServerApi:
    """What the connected server offers, and how to build its requests.

    Attributes:
        version: the server's version (or, when not asked, the newest this SDK knows).
        url: the server's base URL (for messages).
        package: the package most of its requests are built with.
        exact: True when a package was generated for the server's own minor version.
        assumed: True when the version was not read (``check_version=False``).
    """

    def __init__(
        self,
        *,
        version: str,
        url: str,
        offered: Mapping[str, Operation],
        builders: Mapping[str, str],
        package: str,
        exact: bool,
        assumed: bool = False,
    ) -> None:
        self.version = version
        self.url = url
        self.package = package
        self.exact = exact
        self.assumed = assumed
        self._offered = dict(offered)
        self._builders = dict(builders)

    @classmethod
    def for_package(cls, package: str, *, version: str, url: str, assumed: bool = False) -> ServerApi:
        """A server of a version that has its own package."""
        table = operation_table(package)
        return cls(
            version=version,
            url=url,
            offered=table,
            builders=dict.fromkeys(table, package),
            package=package,
            exact=True,
            assumed=assumed,
        )

    @classmethod
    def from_document(cls, operations: set[Operation], *, version: str, url: str) -> ServerApi:
        """A server described by its own document: each operation it lists that some package can build."""
        offered: dict[str, Operation] = {}
        builders: dict[str, str] = {}
        for package in _preference(version):
            for key, target in operation_table(package).items():
                if key not in offered and target in operations:
                    offered[key] = target
                    builders[key] = package
        return cls(
            version=version,
            url=url,
            offered=offered,
            builders=builders,
            package=_preference(version)[0],
            exact=False,
        )

    @property
    def offered(self) -> dict[str, Operation]:
        """Every operation the server offers that this SDK can build: key -> (METHOD, path)."""
        return dict(self._offered)

    def offers(self, endpoint: Endpoint) -> bool:
        """Whether the server has this operation (at its pinned path, if it has one)."""
        found = self._offered.get(endpoint.key)
        return found is not None and (endpoint.path is None or found[1] == endpoint.path)

    def accepts(self, endpoint: Endpoint, parameter: str) -> bool:
        """Whether the server's operation takes ``parameter`` (e.g. ``create_board``'s ``is_private``)."""
        if not self.offers(endpoint):
            return False
        return parameter in _parameters(self._builders[endpoint.key], endpoint.key)

    def newer_parameters(self, endpoint: Endpoint, caller: str, **given: Any) -> dict[str, Any]:
        """``given`` (parameters only some versions take), minus those left unset (``None``); raises if the
        server's operation lacks one that was set."""
        chosen = {name: value for name, value in given.items() if value is not None and value is not OMIT}
        for name in chosen:
            if not self.accepts(endpoint, name):
                raise self.unsupported(f"{caller}({name}=…)", [endpoint], parameter=name)
        return chosen

    def require(self, endpoints: Sequence[Any], *, caller: str) -> None:
        missing = [e for e in endpoints if isinstance(e, Endpoint) and not self.offers(e)]
        if missing:
            raise self.unsupported(caller, missing)

    def build(self, call: Call, *, caller: str | None) -> RequestSpec:
        if call.endpoint not in self._offered:
            raise self.unsupported(caller or call.endpoint, [Endpoint(call.endpoint)])
        package = self._builders[call.endpoint]
        for name, value in zip(_parameters(package, call.endpoint), call.args, strict=False):
            if isinstance(value, str) and not is_safe_name(value):  # positional arguments are path parameters
                raise InvalidNameError(parameter=name, value=value, method=caller)
        spec: RequestSpec = _module(package, call.endpoint)._get_kwargs(*call.args, **call.kwargs)
        if call.headers:
            spec["headers"] = {**(spec.get("headers") or {}), **call.headers}
        if call.once:
            spec[NO_RETRY] = True
        return spec

    def unsupported(
        self, caller: str, endpoints: Sequence[Endpoint], *, parameter: str | None = None
    ) -> UnsupportedByServerError:
        """The error for a method this server cannot serve: it lacks ``endpoints`` (or, with ``parameter``,
        that parameter of them). Names the versions that have what is missing."""
        described, offering = [], []
        for endpoint in endpoints:
            target = next(
                (operation_table(p)[endpoint.key] for p in reversed(packages()) if offered_by(p, endpoint)),
                None,
            )
            text = f"{target[0]} {target[1]}" if target else endpoint.key
            described.append(f"parameter {parameter!r} of {text}" if parameter else text)
        if parameter is None:
            offering = versions_offering(endpoints)
        else:
            offering = [
                version
                for package, version in packages().items()
                if all(offered_by(package, e) and parameter in _parameters(package, e.key) for e in endpoints)
            ]
        return UnsupportedByServerError(
            method=caller, server_version=self.version, url=self.url, supported_by=offering, missing=described
        )

    def __repr__(self) -> str:
        how = "exact" if self.exact else "from its document"
        return f"ServerApi({self.version!r}, package={self.package!r}, {how})"


@functools.cache
def _module(package: str, key: str) -> ModuleType:
    return importlib.import_module(f"{ROOT}.{package}.api.{key}")


@functools.cache
def _parameters(package: str, key: str) -> tuple[str, ...]:
    """The parameter names of an operation's ``_get_kwargs``: its path parameters first, in order."""
    return tuple(inspect.signature(_module(package, key)._get_kwargs).parameters)


# ---- answers ---------------------------------------------------------------------------------------


def call(spec: Request, result: type[M]) -> Flow[M]:
    """The flow of one request whose JSON answer is a ``result``."""
    return parse(result, (yield spec))


def call_as(spec: Request, result: Any) -> Flow[Any]:
    """The flow of one request whose JSON answer validates as ``result`` (``list[str]``, an enum …)."""
    return parse_as(result, (yield spec))


def call_no_result(spec: Request) -> Flow[None]:
    """The flow of one request whose answer carries nothing the caller needs."""
    yield spec


def parse(model: type[M], response: httpx.Response) -> M:
    """Validate a JSON response body into a facade model (one pass, in pydantic-core)."""
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        raise _invalid(response, exc) from exc


def parse_as(kind: Any, response: httpx.Response) -> Any:
    """Validate a JSON response body against any type (``list[Board]``, ``dict[str, str]`` …)."""
    try:
        return _adapter(kind).validate_json(response.content)
    except ValidationError as exc:
        raise _invalid(response, exc) from exc


@functools.cache
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


def _invalid(response: httpx.Response, exc: ValidationError) -> APIResponseValidationError:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    return APIResponseValidationError(
        method=response.request.method,
        url=str(response.request.url),
        status_code=response.status_code,
        reason=f"{where}: {first['msg']} ({exc.error_count()} error(s))",
    )
