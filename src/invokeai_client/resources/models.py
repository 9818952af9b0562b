"""``client.models``: the model manager: list, install, follow, update, convert, delete; Hugging Face login.

Whole-response calls are ``@operation`` flows (written once, sync and async). ``install`` is written per
twin: it subscribes to the event stream before starting the job and returns a waitable handle
([`ModelInstall`][invokeai_client.installs.ModelInstall]). Request flows and the server's quirks are in
``_model_flows``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._flows import Call, Flow
from .._image_io import read_upload
from ..errors import APIStatusError, NotFoundError
from ..installs import AsyncModelInstall, ModelInstall
from ..types.models import (
    CacheStats,
    FoundModel,
    HFTokenStatus,
    HuggingFaceFiles,
    InstallJob,
    Model,
    StarterModels,
)
from ._api import Json, Multipart, call, call_as, call_no_result
from ._base import AsyncResource, Operations, SyncResource, operation
from ._endpoints import (
    add_model_relationship,
    convert_model,
    delete_model,
    do_hf_login,
    empty_model_cache,
    get_hf_login_status,
    get_hugging_face_models,
    get_model_record,
    get_model_records_by_attrs,
    get_related_models,
    get_related_models_batch,
    get_starter_models,
    get_stats,
    list_model_installs,
    prune_model_install_jobs,
    remove_model_relationship,
    reset_hf_token,
    scan_for_models,
    update_model_image,
    update_model_record,
)
from ._model_flows import (
    cancel_flow,
    delete_image_flow,
    image_flow,
    job_flow,
    list_flow,
    list_spec,
)
from ._model_installs import Installs
from ._model_upkeep import ModelUpkeep

if TYPE_CHECKING:
    from .._image_io import ImageSource


class _Models(ModelUpkeep, Operations):
    """The server's models: records, installs and install jobs, maintenance, Hugging Face login."""

    _resource = "models"

    # --- records --------------------------------------------------------------------------------

    @operation
    def list(
        self,
        *,
        base: str | Sequence[str] | None = None,
        type: str | None = None,
        format: str | None = None,
        name: str | None = None,
    ) -> Flow[builtins.list[Model]]:
        """The installed models, optionally only those of some bases, a type, a format or an exact name.

        Args:
            base: ``"sd-1"``, ``"sdxl"``, ``"flux"``, ``"any"`` … or several.
            type: ``"main"``, ``"lora"``, ``"embedding"``, ``"spandrel_image_to_image"`` …
            format: ``"diffusers"``, ``"checkpoint"``, ``"lycoris"``, ``"embedding_file"`` …
            name: the model's exact name.
        """
        return list_flow(list_spec(base, type, format, name))

    @operation
    def get(self, key: str) -> Flow[Model]:
        """One model by key.

        Raises:
            NotFoundError: there is no such model.
        """
        return call(get_model_record(key), Model)

    @operation
    def get_by_attrs(self, name: str, type: str, base: str) -> Flow[Model]:
        """The model with this name, type and base (how workflows named models before keys).

        Raises:
            NotFoundError: there is no such model.
        """
        return call(get_model_records_by_attrs(name=name, type_=type, base=base), Model)

    @operation
    def update(self, key: str, changes: Mapping[str, Any]) -> Flow[Model]:
        """Change a model's record, e.g. ``{"name": …, "description": …, "trigger_phrases": [...]}``.

        Renaming a model installed in the models folder renames its file too. Returns the new record.

        Raises:
            NotFoundError: there is no such model.
            ConflictError: the change clashes with another model (e.g. its name).
        """
        return call(update_model_record(key, body=Json(dict(changes))), Model)

    @operation
    def delete(self, key: str) -> Flow[None]:
        """Delete a model: its record, and its files when they are in the server's models folder
        (a model installed in place keeps its files).

        Raises:
            NotFoundError: there is no such model.
        """
        return call_no_result(delete_model(key))

    @operation
    def starter_models(self) -> Flow[StarterModels]:
        """The models InvokeAI suggests (their ``source`` is what ``install`` takes), and which are installed."""
        return call(get_starter_models(), StarterModels)

    # --- model images ---------------------------------------------------------------------------

    @operation
    def image(self, key: str) -> Flow[bytes]:
        """A model's preview image: WebP bytes (the server keeps a thumbnail as WebP, labelled ``image/png``).

        Raises:
            NotFoundError: there is no such model, or it has no image.
        """
        return image_flow(key)

    @operation
    def set_image(self, key: str, image: ImageSource) -> Flow[None]:
        """Set a model's preview image from a file path, bytes, a binary file or a PIL image.

        Raises:
            InvalidImageError: the data is not an image (before any request).
            UnsupportedMediaTypeError: the server cannot read the image.
        """
        data = read_upload(image)
        body = Multipart({"image": (data.file_name, data.content, data.mime_type)})
        return call_no_result(update_model_image(key, body=body))

    @operation
    def delete_image(self, key: str) -> Flow[None]:
        """Remove a model's preview image.

        Raises:
            NotFoundError: there is no such model, or it has no image.
        """
        return delete_image_flow(key)

    # --- relationships --------------------------------------------------------------------------

    @operation
    def related(self, key: str) -> Flow[builtins.list[str]]:
        """The keys of the models related to this one (e.g. a LoRA and the main model it is made for)."""
        return call_as(get_related_models(key), builtins.list[str])

    @operation
    def related_batch(self, keys: Sequence[str]) -> Flow[builtins.list[str]]:
        """The keys of the models related to any of these, in one request."""
        body = Json({"model_keys": builtins.list(keys)})
        return call_as(get_related_models_batch(body=body).as_read(), builtins.list[str])

    @operation
    def add_relationship(self, key: str, other_key: str) -> Flow[None]:
        """Relate two models (the relationship has no direction).

        Raises:
            BadRequestError: the keys are the same.
            ConflictError: they are related already.
        """
        body = Json({"model_key_1": key, "model_key_2": other_key})
        return call_no_result(add_model_relationship(body=body))

    @operation
    def remove_relationship(self, key: str, other_key: str) -> Flow[None]:
        """Unrelate two models.

        Raises:
            NotFoundError: they are not related.
        """
        body = Json({"model_key_1": key, "model_key_2": other_key})
        return call_no_result(remove_model_relationship(body=body))

    # --- install jobs ---------------------------------------------------------------------------

    @operation
    def list_jobs(self) -> Flow[builtins.list[InstallJob]]:
        """Every install job the server remembers (since it started, until pruned)."""
        return call_as(list_model_installs(), builtins.list[InstallJob])

    @operation
    def get_job(self, job_id: int) -> Flow[InstallJob]:
        """One install job.

        Raises:
            NotFoundError: there is no such job.
        """
        return job_flow(job_id)

    @operation
    def cancel_job(self, job_id: int) -> Flow[None]:
        """Cancel an install job (one that has ended is left as it is).

        Raises:
            NotFoundError: there is no such job.
        """
        return cancel_flow(job_id)

    @operation
    def prune_jobs(self) -> Flow[None]:
        """Forget every install job that has ended (completed, failed or cancelled)."""
        return call_no_result(prune_model_install_jobs())

    # --- maintenance ----------------------------------------------------------------------------

    @operation
    def convert(self, key: str) -> Flow[Model]:
        """Convert a main checkpoint model to diffusers format, for good; returns the new record.

        The key and hash change. Loads the model, so it needs the memory to do so.

        Raises:
            NotFoundError: there is no such model.
            BadRequestError: the model is not a main checkpoint model.
            ConflictError: a diffusers model is already installed where the conversion would go.
        """
        return _convert(convert_model(key), key)

    @operation
    def scan_folder(self, path: str) -> Flow[builtins.list[FoundModel]]:
        """The model files and folders in a folder *on the server*, and whether each is installed.

        Raises:
            BadRequestError: the path is not a folder on the server.
        """
        return call_as(scan_for_models(scan_path=path), builtins.list[FoundModel])

    @operation
    def hf_files(self, repo_id: str) -> Flow[HuggingFaceFiles]:
        """What a Hugging Face repo offers: a diffusers model, or the URLs of its checkpoint files.

        Raises:
            BadRequestError: no such repo.
            InternalServerError: the server could not reach Hugging Face (e.g. it is offline).
        """
        return call(get_hugging_face_models(hugging_face_repo=repo_id), HuggingFaceFiles)

    @operation
    def hf_status(self) -> Flow[HFTokenStatus]:
        """Whether the server has a valid Hugging Face token (``unknown``: it could not check)."""
        return call_as(get_hf_login_status(), HFTokenStatus)

    @operation
    def hf_login(self, token: str) -> Flow[HFTokenStatus]:
        """Store a Hugging Face token on the server; returns the status after (``valid`` when accepted).

        The server checks the token with Hugging Face first and keeps it only if that works.
        """
        return call_as(do_hf_login(body=Json({"token": token})), HFTokenStatus)

    @operation
    def hf_logout(self) -> Flow[HFTokenStatus]:
        """Remove the server's Hugging Face token; returns the status after (``invalid``: no token)."""
        return call_as(reset_hf_token(), HFTokenStatus)

    @operation
    def empty_cache(self) -> Flow[None]:
        """Drop every model the server holds in RAM/VRAM (models in use stay)."""
        return call_no_result(empty_model_cache())

    @operation
    def cache_stats(self) -> Flow[CacheStats | None]:
        """The model cache's statistics; ``None`` until a model has been loaded."""
        return call_as(get_stats(), CacheStats | None)


def _convert(spec: Call, key: str) -> Flow[Model]:
    """The server answers an unknown key with 424 here; it becomes the usual ``NotFoundError``."""
    try:
        model: Model = yield from call(spec, Model)
    except APIStatusError as exc:
        if exc.status_code != 424:
            raise
        raise NotFoundError(
            method=exc.method, url=exc.url, status_code=exc.status_code, detail=exc.detail, body=exc.body
        ) from exc
    return model


class ModelsResource(SyncResource, Installs[ModelInstall], _Models):
    __doc__ = _Models.__doc__
    _handle_type = ModelInstall


class AsyncModelsResource(AsyncResource, Installs[AsyncModelInstall], _Models):
    __doc__ = _Models.__doc__
    _handle_type = AsyncModelInstall
