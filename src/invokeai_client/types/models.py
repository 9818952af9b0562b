"""Types of ``client.models``: model records, install jobs, starter models and the model cache.

The model taxonomy (``base``, ``type``, ``format``, ``variant`` …) changes in every InvokeAI release, so these
types keep it as plain strings and keep every field a newer server adds: a model this SDK has never heard of
still lists, installs and deletes. The values InvokeAI 6.8 and 6.14 know are listed in `KNOWN_BASES`,
`KNOWN_TYPES` and `KNOWN_FORMATS`, for reference only.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ._base import APIModel

KNOWN_BASES = (
    "anima", "any", "chatgpt-4o", "cogview4", "ernie-image", "external", "flux", "flux-kontext", "flux2",
    "gemini-2.5", "ideogram-4", "imagen3", "imagen4", "krea-2", "qwen-image", "runway", "sd-1", "sd-2",
    "sd-3", "sdxl", "sdxl-refiner", "unknown", "veo3", "wan", "z-image",
)  # fmt: skip
"""The base model types of InvokeAI 6.8 and 6.14 together (a newer server may send others)."""
KNOWN_TYPES = (
    "clip_embed", "clip_vision", "control_lora", "controlnet", "embedding", "external_image_generator",
    "flux_redux", "gemma2_encoder", "ip_adapter", "llava_onevision", "lora", "main", "mistral_encoder", "onnx",
    "pid_decoder", "prompt_enhancer", "qwen3_encoder", "qwen3_vl_encoder", "qwen_vl_encoder", "siglip",
    "spandrel_image_to_image", "t2i_adapter", "t5_encoder", "text_llm", "unknown", "vae", "video",
    "wan_t5_encoder",
)  # fmt: skip
"""The model types of InvokeAI 6.8 and 6.14 together (a newer server may send others)."""
KNOWN_FORMATS = (
    "api", "bnb_quantized_int8b", "bnb_quantized_nf4b", "checkpoint", "diffusers", "embedding_file",
    "embedding_folder", "external_api", "gemma2_encoder", "gguf_quantized", "invokeai", "lycoris",
    "mistral_encoder", "olive", "omi", "onnx", "qwen3_encoder", "qwen3_vl_encoder", "qwen_vl_encoder",
    "sdnq_quantized", "t5_encoder", "unknown", "wan_t5_encoder",
)  # fmt: skip
"""The model storage formats of InvokeAI 6.8 and 6.14 together (a newer server may send others)."""

InstallStatus = Literal[
    "waiting", "downloading", "downloads_done", "running", "paused", "completed", "error", "cancelled"
]
"""An install job's status (``paused``: 6.14); ``completed``, ``error`` and ``cancelled`` are final."""
FINAL_INSTALL_STATUSES: frozenset[str] = frozenset({"completed", "error", "cancelled"})
HFTokenStatus = Literal["valid", "invalid", "unknown"]
"""Whether the server holds a valid Hugging Face token (``unknown``: it could not check, e.g. offline)."""


class ModelIdentifier(APIModel):
    """What a workflow's model field holds (``ModelIdentifierField``): build it with [`Model.identifier`][invokeai_client.types.Model.identifier].

    Workflow inputs of kind ``model`` accept it as it is: ``wf.set("Model", model.identifier())``.
    """

    key: str
    hash: str
    name: str
    base: str
    type: str
    submodel_type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """``{key, hash, name, base, type}``, plus ``submodel_type`` when set (the server's JSON shape)."""
        return self.model_dump(exclude_none=True, include={*_IDENTIFIER_FIELDS, "submodel_type"})


_IDENTIFIER_FIELDS = ("key", "hash", "name", "base", "type")


class Model(APIModel):
    """An installed model's record (one of the server's model configs, kept whole).

    ``path`` is relative to the server's models folder unless the model was installed in place. Fields this
    type does not name (``variant``, ``prediction_type``, ``trigger_phrases``, ``submodels`` …, whatever the
    model's config class has) are kept: read them as attributes or with ``model_dump()``.
    """

    key: str
    name: str
    base: str
    type: str
    format: str | None = None
    hash: str = ""
    path: str | None = None
    source: str | None = None
    source_type: str | None = None
    description: str | None = None
    file_size: int | None = None
    cover_image: str | None = None
    usage_info: str | None = None

    @property
    def identified(self) -> bool:
        """False for a record the server could not classify: InvokeAI 6.14 installs a file it does not
        recognise with type ``"unknown"`` (6.8 fails the install job instead)."""
        return self.type != "unknown"

    def identifier(self, submodel_type: str | None = None) -> ModelIdentifier:
        """The identifier a workflow's model field takes, e.g. ``submodel_type="vae"`` for a main model's VAE."""
        return ModelIdentifier(
            key=self.key,
            hash=self.hash,
            name=self.name,
            base=self.base,
            type=self.type,
            submodel_type=submodel_type,
        )


class InstallSource(APIModel):
    """Where an install job takes a model from: ``type`` is ``local``, ``hf`` or ``url``."""

    type: str = ""
    path: str | None = None  # local
    inplace: bool | None = None  # local: registered where it is instead of moved into the models folder
    repo_id: str | None = None  # hf
    variant: str | None = None  # hf
    subfolder: str | None = None  # hf
    url: str | None = None  # url

    @property
    def location(self) -> str:
        """The path, repo id or URL."""
        return self.path or self.repo_id or self.url or ""


class DownloadPart(APIModel):
    """One file an install job downloads."""

    id: int = -1
    source: str
    dest: str | None = None
    download_path: str | None = None
    status: str = "waiting"
    bytes: int = 0
    total_bytes: int = 0
    error_type: str | None = None
    error: str | None = None


class InstallJob(APIModel):
    """An install job as the server reports it (``GET /api/v2/models/install/{id}``).

    ``config_out`` (the new model) is set once the job is ``completed``; ``error_reason`` (the exception's
    type), ``error`` and ``error_traceback`` once it is ``error``. Jobs live in the server's memory only:
    a restart forgets them, and [`prune_jobs`][invokeai_client.resources.models.ModelsResource.prune_jobs]
    removes the finished ones.
    """

    id: int
    status: str = "waiting"
    source: InstallSource
    local_path: str | None = None
    inplace: bool = False
    bytes: int = 0
    total_bytes: int = 0
    download_parts: list[DownloadPart] = Field(default_factory=list)
    config_in: dict[str, Any] = Field(default_factory=dict)
    config_out: dict[str, Any] | None = None
    error_reason: str | None = None
    error: str | None = None
    error_traceback: str | None = None
    source_metadata: dict[str, Any] | None = None  # what the source says of the model (e.g. HF repo data)

    @property
    def is_final(self) -> bool:
        """``completed``, ``error`` or ``cancelled``."""
        return self.status in FINAL_INSTALL_STATUSES

    @property
    def model(self) -> Model | None:
        """The installed model, once the job is completed."""
        return Model.model_validate(self.config_out) if self.config_out else None


class InstallProgress(APIModel):
    """How far an install job has got: ``bytes`` of ``total_bytes``, and per downloaded file (``parts``).

    ``total_bytes`` is 0 while unknown. A local install counts the model's size as done once it starts.
    """

    job_id: int | None  # None when no job ran: the model was installed already
    source: str
    status: str
    bytes: int = 0
    total_bytes: int = 0
    parts: list[DownloadPart] = Field(default_factory=list)

    @property
    def fraction(self) -> float | None:
        """Done so far, 0.0 to 1.0, or ``None`` while the size is unknown."""
        if self.status == "completed":
            return 1.0
        if self.total_bytes <= 0:
            return None
        return min(self.bytes / self.total_bytes, 1.0)


class StarterModel(APIModel):
    """A model InvokeAI offers to install (``source`` is what to pass to ``install``)."""

    name: str
    base: str
    type: str
    source: str
    description: str = ""
    format: str | None = None
    is_installed: bool = False
    previous_names: list[str] = Field(default_factory=list)
    dependencies: list[StarterModel] | None = None


class StarterBundle(APIModel):
    """A named set of starter models (e.g. everything for SD 1.5)."""

    name: str
    models: list[StarterModel]


class StarterModels(APIModel):
    """``GET /api/v2/models/starter_models``: the starter models and bundles, with what is installed."""

    starter_models: list[StarterModel]
    starter_bundles: dict[str, StarterBundle]


class FoundModel(APIModel):
    """A model file or folder found by a folder scan, and whether it is installed already."""

    path: str
    is_installed: bool


class HuggingFaceFiles(APIModel):
    """What a Hugging Face repo offers: a diffusers model (install the repo id), or checkpoint file URLs."""

    is_diffusers: bool
    urls: list[str] | None = None


class CacheStats(APIModel):
    """The server's model RAM cache: hits, misses, what it holds (bytes per model key)."""

    hits: int = 0
    misses: int = 0
    high_watermark: int = 0
    in_cache: int = 0
    cleared: int = 0
    cache_size: int = 0
    loaded_model_sizes: dict[str, int] = Field(default_factory=dict)


class DeleteFailure(APIModel):
    """A model a bulk request could not handle, and why (the server's words)."""

    key: str = ""
    error: str = ""


class DeletedModels(APIModel):
    """What a bulk delete did (InvokeAI 6.14): the keys deleted, and those that failed."""

    deleted: list[str]
    failed: list[DeleteFailure] = Field(default_factory=list)


class ReidentifiedModels(APIModel):
    """What a bulk re-identify did (InvokeAI 6.14): the keys probed again, and those that failed."""

    succeeded: list[str]
    failed: list[DeleteFailure] = Field(default_factory=list)


class OrphanedModel(APIModel):
    """Model files in the server's models folder that no model record owns (InvokeAI 6.14), grouped by
    top-level folder: ``path`` is relative to the models folder, ``files`` relative to ``path``."""

    path: str
    absolute_path: str
    files: list[str]
    size_bytes: int


class DeletedOrphans(APIModel):
    """What deleting orphaned model folders did: the paths deleted, and an error for each other one."""

    deleted: list[str]
    errors: dict[str, str] = Field(default_factory=dict)
