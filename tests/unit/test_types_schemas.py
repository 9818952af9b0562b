"""The facade's response types against the schemas of every committed OpenAPI document.

"Accept both versions' payloads": a payload shaped by either server version's schema validates, with
every field it sends kept; a field one version lacks is optional; an enum value a newer server adds is
kept as a string. A server upgrade that adds or retypes a field of these types fails here.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from invokeai_client import types as t

from .openapi_schemas import VERSIONS, check_model, example, schemas

# facade type -> the schema it mirrors (the server's name)
MIRRORS: dict[type[BaseModel], str] = {
    t.AppVersion: "AppVersion",
    t.InvocationCacheStatus: "InvocationCacheStatus",
    t.Board: "BoardDTO",
    t.BoardPage: "OffsetPaginatedResults_BoardDTO_",
    t.DeletedBoard: "DeleteBoardResult",
    t.Image: "ImageDTO",
    t.ImagePage: "OffsetPaginatedResults_ImageDTO_",
    t.ImageNames: "ImageNamesResult",
    t.DeletedImages: "DeleteImagesResult",
    t.StarredImages: "StarredImagesResult",
    t.UnstarredImages: "UnstarredImagesResult",
    t.EnqueueResult: "EnqueueBatchResult",
    t.QueueItem: "SessionQueueItem",
    t.BatchStatus: "BatchStatus",
    t.QueueCounts: "SessionQueueStatus",
    t.DestinationCounts: "SessionQueueCountsByDestination",
    t.ProcessorStatus: "SessionProcessorStatus",
    t.QueueStatus: "SessionQueueAndProcessorStatus",
    t.WorkflowSummary: "WorkflowRecordListItemWithThumbnailDTO",
    t.WorkflowPage: "PaginatedResults_WorkflowRecordListItemWithThumbnailDTO_",
    t.WorkflowRecord: "WorkflowRecordDTO",
    t.Video: "VideoDTO",
    t.VideoPage: "OffsetPaginatedResults_VideoDTO_",
    t.VideoNames: "VideoNamesResult",
    t.VideoUrls: "VideoUrlsDTO",
    t.DeletedVideos: "DeleteVideosResult",
    t.StarredVideos: "StarredVideosResult",
    t.UnstarredVideos: "UnstarredVideosResult",
    t.InstallJob: "ModelInstallJob",
    t.FoundModel: "FoundModel",
    t.CacheStats: "CacheStats",
    t.StarterModels: "StarterModelResponse",
    t.QueueItemSummary: "SessionQueueItemSummary",
    t.User: "UserDTO",
    t.SetupStatus: "SetupStatusResponse",
    t.Login: "LoginResponse",
    t.NodePacks: "NodePackListResponse",
    t.NodePack: "NodePackInfo",
    t.NodePackInstall: "InstallNodePackResponse",
    t.NodePackRemoval: "UninstallNodePackResponse",
    t.DeletedModels: "BulkDeleteModelsResponse",
    t.ReidentifiedModels: "BulkReidentifyModelsResponse",
    t.OrphanedModel: "OrphanedModelInfo",
    t.DeletedOrphans: "DeleteOrphanedModelsResponse",
}


# 6.8 documents a videos API keyed by id that it does not implement (501): the video types are 6.14's.
ONLY = {
    schema: ["6.14.2"] for schema in ("VideoDTO", "OffsetPaginatedResults_VideoDTO_", "DeleteVideosResult")
}
ONLY |= {schema: ["6.14.2"] for schema in ("StarredVideosResult", "UnstarredVideosResult")}


def ids(item: Any) -> str:
    return item.__name__ if isinstance(item, type) else str(item)


@pytest.mark.parametrize(("model", "schema_name"), MIRRORS.items(), ids=ids)
def test_the_type_agrees_with_every_versions_schema(model: type[BaseModel], schema_name: str) -> None:
    assert any(schema_name in schemas(v) for v in VERSIONS), schema_name
    assert check_model(model, schema_name, versions=ONLY.get(schema_name)) == []


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("full", [True, False], ids=["every field", "required fields"])
def test_payloads_of_each_version_validate(version: str, full: bool) -> None:
    for model, schema_name in MIRRORS.items():
        if schema_name not in schemas(version) or version not in ONLY.get(schema_name, [version]):
            continue
        payload = example(version, schemas(version)[schema_name], full=full)
        value = model.model_validate(payload)
        assert isinstance(value, model), (version, schema_name)


@pytest.mark.parametrize(
    ("known", "schema_name"),
    [
        (t.models.KNOWN_BASES, "BaseModelType"),
        (t.models.KNOWN_TYPES, "ModelType"),
        (t.models.KNOWN_FORMATS, "ModelFormat"),
    ],
    ids=["bases", "types", "formats"],
)
def test_the_known_model_taxonomy_is_every_versions(known: tuple[str, ...], schema_name: str) -> None:
    documented = set().union(*(set(schemas(v)[schema_name]["enum"]) for v in VERSIONS))
    assert set(known) == documented
