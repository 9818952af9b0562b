"""Flows and request specs of the model manager: starting an install, reading install jobs, duplicates.

Measured on InvokeAI 6.8.1, which these flows are written against:

- ``POST /api/v2/models/install?source=…`` guesses the source: an existing path on the *server's* disk, else a
  Hugging Face repo id (``owner/name[:variant[:subfolder]]``), else an ``http(s)`` URL, else 409
  ``Unsupported model source`` (so a path that does not exist is a 409). A repo id is looked up on the Hub
  before the answer; offline that is a bare 500 ``Internal Server Error``, and no job is created.
- A local install answers 201 with the job (often already ``running``); probing happens in a server thread,
  so a file that is no model ends as a job in ``error`` (``InvalidModelConfigException``), not as a 4xx.
  InvokeAI 6.14 installs such a file as a model of type ``unknown`` instead.
- A local file is *moved* into the models folder unless ``inplace``; the record keeps the source string.
- A second install of the same file ends as a job in ``error`` with ``DuplicateModelException`` (6.8; 6.14
  installs it again, as another record).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any, Literal

from .._flows import Call, Flow
from ..errors import (
    APIStatusError,
    ModelSourceError,
    NotFoundError,
    UnsupportedMediaTypeError,
)
from ..installs._plan import duplicate_of, same_path
from ..types._base import APIModel
from ..types.models import InstallJob, Model
from ._api import OMIT, Json, call, call_as
from ._confirm import Since, confirmed_create
from ._endpoints import (
    cancel_model_install_job,
    delete_model_image,
    get_model_image,
    get_model_install_job,
    get_model_record,
    get_model_records_by_attrs,
    install_model,
    list_model_installs,
    list_model_records,
)

SourceKind = Literal["path", "hf", "url"]

_URL = re.compile(r"^https?://[^/]+", re.IGNORECASE)
_HF_REPO = re.compile(r"^([^/:]+/[^/:]+)(?::([a-z0-9]*)(?::/?([^:]+))?)?$")


def source_kind(source: str) -> SourceKind:
    """What a source string looks like (the server's own order: a path it has, a repo id, a URL).

    A string shaped ``owner/name`` that is also a relative path on the server is installed as the path;
    this client cannot see the server's disk, so it calls it ``hf``.
    """
    text = source.strip().strip('"')
    if _URL.match(text):
        return "url"
    if not text.startswith(("/", "~", ".", "\\")) and not _is_windows_path(text) and _HF_REPO.match(text):
        return "hf"
    return "path"


def _is_windows_path(text: str) -> bool:
    return len(text) > 2 and text[1] == ":" and text[2] in "/\\"


def source_forms(source: str) -> set[str]:
    """The strings a model record's ``source`` may hold for this source (the server normalises paths)."""
    text = source.strip().strip('"')
    forms = {source, text}
    if source_kind(text) == "path" and text.startswith("/"):
        forms.add(PurePosixPath(text).as_posix())
    return forms


class _ModelsList(APIModel):
    models: list[Model]


def list_spec(
    base: str | Sequence[str] | None, type_: str | None, format_: str | None, name: str | None
) -> Call:
    bases = [base] if isinstance(base, str) else list(base) if base else OMIT
    return list_model_records(
        base_models=bases,
        model_type=type_ if type_ is not None else OMIT,
        model_name=name if name is not None else OMIT,
        model_format=format_ if format_ is not None else OMIT,
    )


def list_flow(spec: Call) -> Flow[list[Model]]:
    """The models of ``GET /api/v2/models/`` (``{"models": [...]}``)."""
    found: _ModelsList = yield from call(spec, _ModelsList)
    return found.models


def existing_flow(source: str) -> Flow[Model | None]:
    """The installed model whose recorded source is ``source``, if any (what makes installs idempotent)."""
    models = yield from list_flow(list_spec(None, None, None, None))
    forms = source_forms(source)
    return next((model for model in models if model.source in forms), None)


def start_flow(
    source: str, config: Mapping[str, Any] | None, access_token: str | None, inplace: bool
) -> Flow[InstallJob]:
    """``POST /api/v2/models/install``: start a job. Sent once (an install is never retried blindly): when
    it ends without a usable answer, the server's jobs are searched for one of this source that was not
    there before it was sent, before anything is raised or sent again.

    Raises:
        ModelSourceError: the server refused the source (no job was created).
    """
    spec = install_model(
        body=Json(dict(config or {})),  # as given: the generated model would reshape default_settings
        source=source,
        inplace=inplace,
        access_token=access_token if access_token is not None else OMIT,
    )
    jobs_before = {job.id for job in (yield from _jobs())}

    def started(since: Since) -> Flow[InstallJob | None]:
        jobs = yield from _jobs()
        forms = source_forms(source) | {source.split(":", 1)[0]}
        return next((j for j in jobs if j.id not in jobs_before and j.source.location in forms), None)

    try:
        job: InstallJob = yield from confirmed_create(
            lambda: call(spec, InstallJob), started, f"models.install({source!r})"
        )
    except APIStatusError as exc:
        raise source_error(source, exc) from exc
    return job


def _jobs() -> Flow[list[InstallJob]]:
    jobs: list[InstallJob] = yield from call_as(list_model_installs(), list[InstallJob])
    return jobs


def source_error(source: str, exc: APIStatusError) -> ModelSourceError | APIStatusError:
    """The typed error for a refused install source (other failures are returned unchanged)."""
    kind = source_kind(source)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 409 and detail.startswith("Unsupported model source"):
        reason = (
            "there is no such file or folder on the server"
            if kind == "path"
            else "it is neither a file or folder on the server, a Hugging Face repo id nor an http(s) URL"
        )
    elif exc.status_code >= 500 and kind == "hf":
        reason = (
            "the server could not look the repo up on Hugging Face (is the server offline, or the repo "
            f"misspelt or private? the server's log has the cause; it answered {exc.status_code} {detail!r})"
        )
    elif exc.status_code == 415:
        reason = "the server does not recognise the file or folder format"
    elif exc.status_code in (409, 424):
        reason = detail
    else:
        return exc
    return ModelSourceError(
        f"cannot install {source!r}: {reason}",
        source=source,
        kind=kind,
        status_code=exc.status_code,
        detail=exc.detail,
    )


def job_flow(job_id: int) -> Flow[InstallJob]:
    """``GET /api/v2/models/install/{id}``."""
    return call(get_model_install_job(job_id), InstallJob)


def cancel_flow(job_id: int) -> Flow[None]:
    """``DELETE /api/v2/models/install/{id}`` (the server answers 415 for an unknown job: a NotFoundError here).

    Raises:
        NotFoundError: there is no such job.
    """
    try:
        yield cancel_model_install_job(job_id)
    except UnsupportedMediaTypeError as exc:
        raise NotFoundError(
            method=exc.method, url=exc.url, status_code=exc.status_code, detail=exc.detail, body=exc.body
        ) from exc


def duplicate_flow(job: InstallJob) -> Flow[Model | None]:
    """The installed model a ``DuplicateModelException`` job names, found among the installed models."""
    found = duplicate_of(job.error)
    if found is None:
        return None
    if found.path is not None:
        models = yield from list_flow(list_spec(None, None, None, None))
        matches = [model for model in models if same_path(model.path, found.path)]
        return matches[0] if len(matches) == 1 else None
    spec = get_model_records_by_attrs(name=found.name or "", type_=found.type or "", base=found.base or "")
    try:
        model: Model = yield from call(spec, Model)
    except NotFoundError:
        return None
    return model


def has_image_flow(key: str, then: Call) -> Flow[Any]:
    """``then``'s answer, once the model's record says it has a preview image.

    InvokeAI 6.8 answers a model without an image with a 500 (it serves, or deletes, a file that is not
    there), so the record is read first: its ``cover_image`` is set only when the image file exists.

    Raises:
        NotFoundError: there is no such model, or it has no image.
    """
    model: Model = yield from call(get_model_record(key), Model)
    if model.cover_image is None:
        raise NotFoundError(
            method="GET",
            url=f"/api/v2/models/i/{key}/image",
            status_code=404,
            detail=f"model {key} has no image",
            body=None,
        )
    return (yield then)


def image_flow(key: str) -> Flow[bytes]:
    response = yield from has_image_flow(key, get_model_image(key))
    return bytes(response.content)


def delete_image_flow(key: str) -> Flow[None]:
    yield from has_image_flow(key, delete_model_image(key))
