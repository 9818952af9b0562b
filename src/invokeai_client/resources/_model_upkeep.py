"""``client.models``, the upkeep InvokeAI 6.14 added: find models by hash, find missing and orphaned files,
delete and re-identify in bulk, and pause, resume or restart install jobs. On 6.8 these methods raise
``UnsupportedByServerError`` before any request."""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from .._flows import Flow
from ..types.models import DeletedModels, DeletedOrphans, InstallJob, Model, OrphanedModel, ReidentifiedModels
from ._api import Json, call, call_as
from ._base import Operations, operation
from ._endpoints import (
    bulk_delete_models,
    bulk_reidentify_models,
    delete_orphaned_models,
    get_model_records_by_hash,
    get_orphaned_models,
    list_missing_models,
    pause_model_install_job,
    reidentify_model,
    restart_failed_model_install_job,
    restart_model_install_file,
    resume_model_install_job,
)
from ._model_flows import list_flow


class ModelUpkeep(Operations):
    """The model manager's upkeep calls of InvokeAI 6.14 (mixed into ``client.models``)."""

    @operation
    def get_by_hash(self, hash: str) -> Flow[Model]:
        """The model whose record has this hash, exactly as stored (``"blake3:…"``, prefix included).

        Raises:
            NotFoundError: no model has it.
        """
        return call(get_model_records_by_hash(hash_=hash), Model)

    @operation
    def missing(self) -> Flow[builtins.list[Model]]:
        """The models whose files are gone from the server's disk."""
        return list_flow(list_missing_models())

    @operation
    def orphaned(self) -> Flow[builtins.list[OrphanedModel]]:
        """Model files in the models folder that no model record owns (left behind by deletions, copies …)."""
        return call_as(get_orphaned_models(), builtins.list[OrphanedModel])

    @operation
    def delete_orphaned(self, paths: Sequence[str]) -> Flow[DeletedOrphans]:
        """Delete orphaned top-level folders of the models folder (``OrphanedModel.path`` values); a
        path that is no orphan, or a loose file at the top, comes back in ``errors``."""
        return call(delete_orphaned_models(body=Json({"paths": builtins.list(paths)})), DeletedOrphans)

    @operation
    def delete_many(self, keys: Sequence[str]) -> Flow[DeletedModels]:
        """Delete several models in one request; unknown keys come back in ``failed``."""
        return call(bulk_delete_models(body=Json({"keys": builtins.list(keys)})), DeletedModels)

    @operation
    def reidentify(self, key: str) -> Flow[Model]:
        """Probe a model's files again (after the server learnt new model kinds); fields a user set stay.

        Raises:
            NotFoundError: there is no such model.
            InternalServerError: its files are gone.
        """
        return call(reidentify_model(key), Model)

    @operation
    def reidentify_many(self, keys: Sequence[str]) -> Flow[ReidentifiedModels]:
        """Probe several models again; unknown keys come back in ``failed``."""
        return call(bulk_reidentify_models(body=Json({"keys": builtins.list(keys)})), ReidentifiedModels)

    # --- install jobs ----------------------------------------------------------------------------

    @operation
    def pause_job(self, job_id: int) -> Flow[InstallJob]:
        """Pause an install job's downloads (the part downloaded so far is kept); a finished job stays as
        it is. The server sends no event for a pause.

        Raises:
            UnsupportedMediaTypeError: there is no such job (the server answers 415).
        """
        return call(pause_model_install_job(job_id), InstallJob)

    @operation
    def resume_job(self, job_id: int) -> Flow[InstallJob]:
        """Resume a paused install job (its downloads go on where they stopped)."""
        return call(resume_model_install_job(job_id), InstallJob)

    @operation
    def restart_failed_job(self, job_id: int) -> Flow[InstallJob]:
        """Download again the files of a URL or Hugging Face install job that failed or need resuming."""
        return call(restart_failed_model_install_job(job_id), InstallJob)

    @operation
    def restart_file(self, job_id: int, url: str) -> Flow[InstallJob]:
        """Download one file of an install job again, by its URL."""
        return call(restart_model_install_file(job_id, body=url), InstallJob)
