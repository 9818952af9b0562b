from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.invoke_ai_app_config_attention_slice_size_type_0 import (
    InvokeAIAppConfigAttentionSliceSizeType0,
    check_invoke_ai_app_config_attention_slice_size_type_0,
)
from ..models.invoke_ai_app_config_attention_slice_size_type_1 import (
    InvokeAIAppConfigAttentionSliceSizeType1,
    check_invoke_ai_app_config_attention_slice_size_type_1,
)
from ..models.invoke_ai_app_config_attention_type import (
    InvokeAIAppConfigAttentionType,
    check_invoke_ai_app_config_attention_type,
)
from ..models.invoke_ai_app_config_hashing_algorithm import (
    InvokeAIAppConfigHashingAlgorithm,
    check_invoke_ai_app_config_hashing_algorithm,
)
from ..models.invoke_ai_app_config_image_subfolder_strategy import (
    InvokeAIAppConfigImageSubfolderStrategy,
    check_invoke_ai_app_config_image_subfolder_strategy,
)
from ..models.invoke_ai_app_config_log_format import InvokeAIAppConfigLogFormat, check_invoke_ai_app_config_log_format
from ..models.invoke_ai_app_config_log_level import InvokeAIAppConfigLogLevel, check_invoke_ai_app_config_log_level
from ..models.invoke_ai_app_config_log_level_network import (
    InvokeAIAppConfigLogLevelNetwork,
    check_invoke_ai_app_config_log_level_network,
)
from ..models.invoke_ai_app_config_precision import InvokeAIAppConfigPrecision, check_invoke_ai_app_config_precision
from ..models.invoke_ai_app_config_session_queue_mode import (
    InvokeAIAppConfigSessionQueueMode,
    check_invoke_ai_app_config_session_queue_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.url_regex_token_pair import URLRegexTokenPair


T = TypeVar("T", bound="InvokeAIAppConfig")


@_attrs_define
class InvokeAIAppConfig:
    """Invoke's global app configuration.

    Typically, you won't need to interact with this class directly. Instead, use the `get_config` function from
    `invokeai.app.services.config` to get a singleton config object.

    Attributes:
        host: IP address to bind to. Use `0.0.0.0` to serve to your local network.
        port: Port to bind to.
        allow_origins: Allowed CORS origins.
        allow_credentials: Allow CORS credentials.
        allow_methods: Methods allowed for CORS.
        allow_headers: Headers allowed for CORS.
        ssl_certfile: SSL certificate file for HTTPS. See https://www.uvicorn.dev/settings/#https.
        ssl_keyfile: SSL key file for HTTPS. See https://www.uvicorn.dev/settings/#https.
        log_tokenization: Enable logging of parsed prompt tokens.
        patchmatch: Enable patchmatch inpaint code.
        models_dir: Path to the models directory.
        convert_cache_dir: Path to the converted models cache directory (DEPRECATED, but do not delete because it is
    needed for migration from previous versions).
        download_cache_dir: Path to the directory that contains dynamically downloaded models.
        legacy_conf_dir: Path to directory of legacy checkpoint config files.
        db_dir: Path to InvokeAI databases directory.
        outputs_dir: Path to directory for outputs.
        image_subfolder_strategy: Strategy for organizing images into subfolders. 'flat' stores all images in a single
    folder. 'date' organizes by YYYY/MM/DD. 'type' organizes by image category. 'hash' uses first 2 characters of UUID
    for filesystem performance.<br>Valid values: `flat`, `date`, `type`, `hash`
        custom_nodes_dir: Path to directory for custom nodes.
        style_presets_dir: Path to directory for style presets.
        workflow_thumbnails_dir: Path to directory for workflow thumbnails.
        log_handlers: Log handler. Valid options are "console", "file=<path>", "syslog=path|address:host:port",
    "http=<url>".
        log_format: Log format. Use "plain" for text-only, "color" for colorized output, "legacy" for 2.3-style logging
    and "syslog" for syslog-style.<br>Valid values: `plain`, `color`, `syslog`, `legacy`
        log_level: Emit logging messages at this level or higher.<br>Valid values: `debug`, `info`, `warning`, `error`,
    `critical`
        log_sql: Log SQL queries. `log_level` must be `debug` for this to do anything. Extremely verbose.
        log_level_network: Log level for network-related messages. 'info' and 'debug' are very verbose.<br>Valid values:
    `debug`, `info`, `warning`, `error`, `critical`
        use_memory_db: Use in-memory database. Useful for development.
        dev_reload: Automatically reload when Python sources are changed. Does not reload node definitions.
        profile_graphs: Enable graph profiling using `cProfile`.
        profile_prefix: An optional prefix for profile output files.
        profiles_dir: Path to profiles output directory.
        max_cache_ram_gb: The maximum amount of CPU RAM to use for model caching in GB. If unset, the limit will be
    configured based on the available RAM. In most cases, it is recommended to leave this unset.
        max_cache_vram_gb: The amount of VRAM to use for model caching in GB. If unset, the limit will be configured
    based on the available VRAM and the device_working_mem_gb. In most cases, it is recommended to leave this unset.
        log_memory_usage: If True, a memory snapshot will be captured before and after every model cache operation, and
    the result will be logged (at debug level). There is a time cost to capturing the memory snapshots, so it is
    recommended to only enable this feature if you are actively inspecting the model cache's behaviour.
        model_cache_keep_alive_min: How long to keep models in cache after last use, in minutes. A value of 0 (the
    default) means models are kept in cache indefinitely. If no model generations occur within the timeout period, the
    model cache is cleared using the same logic as the 'Clear Model Cache' button.
        device_working_mem_gb: The amount of working memory to keep available on the compute device (in GB). Has no
    effect if running on CPU. If you are experiencing OOM errors, try increasing this value.
        enable_partial_loading: Enable partial loading of models. This enables models to run with reduced VRAM
    requirements (at the cost of slower speed) by streaming the model from RAM to VRAM as its used. In some edge cases,
    partial loading can cause models to run more slowly if they were previously being fully loaded into VRAM.
        keep_ram_copy_of_weights: Whether to keep a full RAM copy of a model's weights when the model is loaded in VRAM.
    Keeping a RAM copy increases average RAM usage, but speeds up model switching and LoRA patching (assuming there is
    sufficient RAM). Set this to False if RAM pressure is consistently high.
        ram: DEPRECATED: This setting is no longer used. It has been replaced by `max_cache_ram_gb`, but most users will
    not need to use this config since automatic cache size limits should work well in most cases. This config setting
    will be removed once the new model cache behavior is stable.
        vram: DEPRECATED: This setting is no longer used. It has been replaced by `max_cache_vram_gb`, but most users
    will not need to use this config since automatic cache size limits should work well in most cases. This config
    setting will be removed once the new model cache behavior is stable.
        lazy_offload: DEPRECATED: This setting is no longer used. Lazy-offloading is enabled by default. This config
    setting will be removed once the new model cache behavior is stable.
        pytorch_cuda_alloc_conf: Configure the Torch CUDA memory allocator. This will impact peak reserved VRAM usage
    and performance. Setting to "backend:cudaMallocAsync" works well on many systems. The optimal configuration is
    highly dependent on the system configuration (device type, VRAM, CUDA driver version, etc.), so must be tuned
    experimentally.
        device: Preferred execution device. `auto` will choose the device depending on the hardware platform and the
    installed torch capabilities.<br>Valid values: `auto`, `cpu`, `cuda`, `mps`, `xpu`, `cuda:N`, `xpu:N` (where N is a
    device number)
        precision: Floating point precision. `float16` will consume half the memory of `float32` but produce slightly
    lower-quality images. The `auto` setting will guess the proper precision based on your video card and operating
    system.<br>Valid values: `auto`, `float16`, `bfloat16`, `float32`
        sequential_guidance: Whether to calculate guidance in serial instead of in parallel, lowering memory
    requirements.
        wan_memory_optimization: Enable experimental Wan memory optimizations at the cost of slower generation.
        pid_memory_optimization: Enable experimental PiD decode memory optimizations. Roughly halves the peak activation
    memory of a PiD decode; in exchange the decoded image changes slightly, because neither the chunked pixel pathway
    nor the float32 sampler intermediates are bit-exact with the default path.
        attention_type: Attention type.<br>Valid values: `auto`, `normal`, `xformers`, `sliced`, `torch-sdp`
        attention_slice_size: Slice size, valid when attention_type=="sliced".<br>Valid values: `auto`, `balanced`,
    `max`, `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`
        force_tiled_decode: Whether to enable tiled VAE decode (reduces memory consumption with some performance
    penalty).
        pil_compress_level: The compress_level setting of PIL.Image.save(), used for PNG encoding. All settings are
    lossless. 0 = no compression, 1 = fastest with slightly larger filesize, 9 = slowest with smallest filesize. 1 is
    typically the best setting.
        max_queue_size: Maximum number of items in the session queue.
        session_queue_mode: Session queue mode. Use 'FIFO' for traditional first-in-first-out, or 'round_robin' to serve
    each user's jobs in turn. In single-user mode, FIFO is always used regardless of this setting.<br>Valid values:
    `FIFO`, `round_robin`
        clear_queue_on_startup: Empties session queue on startup. If true, disables `max_queue_history`.
        max_queue_history: Keep the last N completed, failed, and canceled queue items. Older items are deleted on
    startup. Set to 0 to prune all terminal items. Ignored if `clear_queue_on_startup` is true.
        allow_nodes: List of nodes to allow. Omit to allow all.
        deny_nodes: List of nodes to deny. Omit to deny none.
        node_cache_size: How many cached nodes to keep in memory.
        hashing_algorithm: Model hashing algorthim for model installs. 'blake3_multi' is best for SSDs. 'blake3_single'
    is best for spinning disk HDDs. 'random' disables hashing, instead assigning a UUID to models. Useful when using a
    memory db to reduce model installation time, or if you don't care about storing stable hashes for models.
    Alternatively, any other hashlib algorithm is accepted, though these are not nearly as performant as
    blake3.<br>Valid values: `blake3_multi`, `blake3_single`, `random`, `md5`, `sha1`, `sha224`, `sha256`, `sha384`,
    `sha512`, `blake2b`, `blake2s`, `sha3_224`, `sha3_256`, `sha3_384`, `sha3_512`, `shake_128`, `shake_256`
        remote_api_tokens: List of regular expression and token pairs used when downloading models from URLs. The
    download URL is tested against the regex, and if it matches, the token is provided in as a Bearer token.
        scan_models_on_startup: Scan the models directory on startup, registering orphaned models. This is typically
    only used in conjunction with `use_memory_db` for testing purposes.
        allow_private_download_urls: Allow the download queue to fetch from loopback, link-local and private-network
    addresses. Disabled by default so that a download URL cannot be used to reach services that are only reachable from
    the server. Enable this only if you install models from a mirror on your own network.
        download_proxy: Optional HTTP proxy for model downloads. The proxy must enforce the public-address policy
    because proxy-side DNS cannot be checked by InvokeAI.
        unsafe_disable_picklescan: UNSAFE. Disable the picklescan security check during model installation. Recommended
    only for development and testing purposes. This will allow arbitrary code execution during model installation, so
    should never be used in production.
        allow_unknown_models: Allow installation of models that we are unable to identify. If enabled, models will be
    marked as `unknown` in the database, and will not have any metadata associated with them. If disabled, unknown
    models will be rejected during installation.
        multiuser: Enable multiuser support. When disabled, the application runs in single-user mode using a default
    system account with administrator privileges. When enabled, requires user authentication and authorization.
        strict_password_checking: Enforce strict password requirements. When True, passwords must contain uppercase,
    lowercase, and numbers. When False (default), any password is accepted but its strength (weak/moderate/strong) is
    reported to the user.
        external_alibabacloud_api_key: API key for Alibaba Cloud DashScope image generation.
        external_alibabacloud_base_url: Base URL override for Alibaba Cloud DashScope image generation.
        external_gemini_api_key: API key for Gemini image generation.
        external_openai_api_key: API key for OpenAI image generation.
        external_gemini_base_url: Base URL override for Gemini image generation.
        external_openai_base_url: Base URL override for OpenAI image generation.
        external_seedream_api_key: API key for Seedream image generation.
        external_seedream_base_url: Base URL override for Seedream image generation.
        base_url: Public base path when running behind a reverse proxy under a sub-path, e.g. `/invoke`. Set only when
    the proxy PRESERVES the sub-path (the backend receives `/invoke/api/...`). Leave unset when the proxy strips the
    sub-path or when serving at the domain root.
        forwarded_allow_ips: Comma-separated list of IPs (or `*`) allowed to set X-Forwarded-* headers. Set to the
    reverse proxy's IP. Only used when `base_url` is set.
        http_compression_level: Compression level for gzipped HTTP API responses. 0 disables response compression
    entirely, 1 is fastest, 9 (the default) is smallest. Compression runs on the event loop and blocks the whole server
    while it works, and level 9 costs about 5.5x the time of level 1 for 0.4 percentage points of extra compression, so
    lowering this makes the app noticeably more responsive on large libraries. Set to 0 when a reverse proxy already
    compresses responses.

    """

    allow_credentials: bool | Unset = True
    """ Allow CORS credentials. """
    allow_headers: list[str] | Unset = UNSET
    """ Headers allowed for CORS. """
    allow_methods: list[str] | Unset = UNSET
    """ Methods allowed for CORS. """
    allow_nodes: list[str] | None | Unset = UNSET
    """ List of nodes to allow. Omit to allow all. """
    allow_origins: list[str] | Unset = UNSET
    """ Allowed CORS origins. """
    allow_private_download_urls: bool | Unset = False
    """ Allow the download queue to fetch from loopback, link-local and private-network addresses. Disabled by
    default so that a download URL cannot be used to reach services that are only reachable from the server. Enable
    this only if you install models from a mirror on your own network. """
    allow_unknown_models: bool | Unset = True
    """ Allow installation of models that we are unable to identify. If enabled, models will be marked as `unknown`
    in the database, and will not have any metadata associated with them. If disabled, unknown models will be
    rejected during installation. """
    attention_slice_size: (
        InvokeAIAppConfigAttentionSliceSizeType0 | InvokeAIAppConfigAttentionSliceSizeType1 | Unset
    ) = "auto"
    """ Slice size, valid when attention_type=="sliced". """
    attention_type: InvokeAIAppConfigAttentionType | Unset = "auto"
    """ Attention type. """
    base_url: None | str | Unset = UNSET
    """ Public base path when running behind a reverse proxy under a sub-path, e.g. `/invoke`. Required when the
    proxy PRESERVES the sub-path (the backend receives `/invoke/api/...`); optional when the proxy strips it (set it
    anyway so openapi/docs URLs are correct). Leave unset when serving at the domain root. Normalized to a single
    leading slash with no trailing slash. """
    clear_queue_on_startup: bool | Unset = False
    """ Empties session queue on startup. If true, disables `max_queue_history`. """
    convert_cache_dir: str | Unset = "models/.convert_cache"
    """ Path to the converted models cache directory (DEPRECATED, but do not delete because it is needed for
    migration from previous versions). """
    custom_nodes_dir: str | Unset = "nodes"
    """ Path to directory for custom nodes. """
    db_dir: str | Unset = "databases"
    """ Path to InvokeAI databases directory. """
    deny_nodes: list[str] | None | Unset = UNSET
    """ List of nodes to deny. Omit to deny none. """
    dev_reload: bool | Unset = False
    """ Automatically reload when Python sources are changed. Does not reload node definitions. """
    device: str | Unset = "auto"
    """ Preferred execution device. `auto` will choose the device depending on the hardware platform and the
    installed torch capabilities.<br>Valid values: `auto`, `cpu`, `cuda`, `mps`, `xpu`, `cuda:N`, `xpu:N` (where N
    is a device number) """
    device_working_mem_gb: float | Unset = 3.0
    """ The amount of working memory to keep available on the compute device (in GB). Has no effect if running on
    CPU. If you are experiencing OOM errors, try increasing this value. """
    download_cache_dir: str | Unset = "models/.download_cache"
    """ Path to the directory that contains dynamically downloaded models. """
    download_proxy: None | str | Unset = UNSET
    """ Optional HTTP proxy for model downloads. The proxy must enforce the public-address policy because proxy-side
    DNS cannot be checked by InvokeAI. """
    enable_partial_loading: bool | Unset = True
    """ Enable partial loading of models. This enables models to run with reduced VRAM requirements (at the cost of
    slower speed) by streaming the model from RAM to VRAM as its used. In some edge cases, partial loading can cause
    models to run more slowly if they were previously being fully loaded into VRAM. """
    external_alibabacloud_api_key: None | str | Unset = UNSET
    """ API key for Alibaba Cloud DashScope image generation. """
    external_alibabacloud_base_url: None | str | Unset = UNSET
    """ Base URL override for Alibaba Cloud DashScope image generation. """
    external_gemini_api_key: None | str | Unset = UNSET
    """ API key for Gemini image generation. """
    external_gemini_base_url: None | str | Unset = UNSET
    """ Base URL override for Gemini image generation. """
    external_openai_api_key: None | str | Unset = UNSET
    """ API key for OpenAI image generation. """
    external_openai_base_url: None | str | Unset = UNSET
    """ Base URL override for OpenAI image generation. """
    external_seedream_api_key: None | str | Unset = UNSET
    """ API key for Seedream image generation. """
    external_seedream_base_url: None | str | Unset = UNSET
    """ Base URL override for Seedream image generation. """
    fonts_dir: str | Unset = "fonts"
    """ Path to directory for custom fonts. """
    force_tiled_decode: bool | Unset = False
    """ Whether to enable tiled VAE decode (reduces memory consumption with some performance penalty). """
    forwarded_allow_ips: str | Unset = "127.0.0.1"
    """ Comma-separated list of IPs (or `*`) allowed to set X-Forwarded-* headers. Set to the reverse proxy's IP.
    Only used when `base_url` is set. """
    generation_devices: list[str] | Literal["auto"] | Unset = "auto"
    """ Devices to use for parallel generation. `auto` (the default) uses every available GPU, running one
    generation session per GPU concurrently and distributing jobs fairly across users — unless the legacy `device`
    setting is pinned to a specific device, in which case `auto` uses only that device (preserving configs that
    pinned `device` before multi-GPU support existed). Provide an explicit list (e.g. `[cuda:0, cuda:1]`) to use
    specific devices regardless of `device`, or a single-device list (e.g. `[cuda:0]`) to run serially. On systems
    without a GPU, `auto` resolves to the single `cpu`/`mps` device.<br>Valid values: `auto`, or a list whose
    entries are each `cpu`, `cuda`, `mps`, `xpu`, `cuda:N`, or `xpu:N` (where N is a device number) """
    hashing_algorithm: InvokeAIAppConfigHashingAlgorithm | Unset = "blake3_single"
    """ Model hashing algorthim for model installs. 'blake3_multi' is best for SSDs. 'blake3_single' is best for
    spinning disk HDDs. 'random' disables hashing, instead assigning a UUID to models. Useful when using a memory db
    to reduce model installation time, or if you don't care about storing stable hashes for models. Alternatively,
    any other hashlib algorithm is accepted, though these are not nearly as performant as blake3. """
    host: str | Unset = "127.0.0.1"
    """ IP address to bind to. Use `0.0.0.0` to serve to your local network. """
    http_compression_level: int | Unset = 9
    """ Compression level for gzipped HTTP API responses. 0 disables response compression entirely, 1 is fastest, 9
    (the default) is smallest. Compression runs on the event loop and blocks the whole server while it works, and
    level 9 costs about 5.5x the time of level 1 for 0.4 percentage points of extra compression, so lowering this
    makes the app noticeably more responsive on large libraries. Set to 0 when a reverse proxy already compresses
    responses. """
    image_subfolder_strategy: InvokeAIAppConfigImageSubfolderStrategy | Unset = "flat"
    """ Strategy for organizing images into subfolders. 'flat' stores all images in a single folder. 'date'
    organizes by YYYY/MM/DD. 'type' organizes by image category. 'hash' uses first 2 characters of UUID for
    filesystem performance. """
    keep_ram_copy_of_weights: bool | Unset = True
    """ Whether to keep a full RAM copy of a model's weights when the model is loaded in VRAM. Keeping a RAM copy
    increases average RAM usage, but speeds up model switching and LoRA patching (assuming there is sufficient RAM).
    Set this to False if RAM pressure is consistently high. """
    lazy_offload: bool | Unset = True
    """ DEPRECATED: This setting is no longer used. Lazy-offloading is enabled by default. This config setting will
    be removed once the new model cache behavior is stable. """
    legacy_conf_dir: str | Unset = "configs"
    """ Path to directory of legacy checkpoint config files. """
    legacy_models_yaml_path: None | str | Unset = UNSET
    """ Path to the legacy models.yaml file. This is not a user-configurable setting. """
    log_format: InvokeAIAppConfigLogFormat | Unset = "color"
    """ Log format. Use "plain" for text-only, "color" for colorized output, "legacy" for 2.3-style logging and
    "syslog" for syslog-style. """
    log_handlers: list[str] | Unset = UNSET
    """ Log handler. Valid options are "console", "file=<path>", "syslog=path|address:host:port", "http=<url>". """
    log_level: InvokeAIAppConfigLogLevel | Unset = "info"
    """ Emit logging messages at this level or higher. """
    log_level_network: InvokeAIAppConfigLogLevelNetwork | Unset = "warning"
    """ Log level for network-related messages. 'info' and 'debug' are very verbose. """
    log_memory_usage: bool | Unset = False
    """ If True, a memory snapshot will be captured before and after every model cache operation, and the result
    will be logged (at debug level). There is a time cost to capturing the memory snapshots, so it is recommended to
    only enable this feature if you are actively inspecting the model cache's behaviour. """
    log_sql: bool | Unset = False
    """ Log SQL queries. `log_level` must be `debug` for this to do anything. Extremely verbose. """
    log_tokenization: bool | Unset = False
    """ Enable logging of parsed prompt tokens. """
    max_cache_ram_gb: float | None | Unset = UNSET
    """ The maximum amount of CPU RAM to use for model caching in GB. If unset, the limit will be configured based
    on the available RAM. In most cases, it is recommended to leave this unset. """
    max_cache_vram_gb: float | None | Unset = UNSET
    """ The amount of VRAM to use for model caching in GB. If unset, the limit will be configured based on the
    available VRAM and the device_working_mem_gb. In most cases, it is recommended to leave this unset. """
    max_queue_history: int | None | Unset = UNSET
    """ Keep the last N completed, failed, and canceled queue items. Older items are deleted on startup. Set to 0 to
    prune all terminal items. Ignored if `clear_queue_on_startup` is true. """
    max_queue_size: int | Unset = 10000
    """ Maximum number of items in the session queue. """
    model_cache_keep_alive_min: float | Unset = 0.0
    """ How long to keep models in cache after last use, in minutes. A value of 0 (the default) means models are
    kept in cache indefinitely. If no model generations occur within the timeout period, the model cache is cleared
    using the same logic as the 'Clear Model Cache' button. """
    models_dir: str | Unset = "models"
    """ Path to the models directory. """
    multiuser: bool | Unset = False
    """ Enable multiuser support. When disabled, the application runs in single-user mode using a default system
    account with administrator privileges. When enabled, requires user authentication and authorization. """
    node_cache_size: int | Unset = 512
    """ How many cached nodes to keep in memory. """
    offload_text_encoders_to_idle_gpus: bool | Unset = True
    """ When running on multiple GPUs, load text encoders onto a currently-idle GPU instead of the one running the
    denoise pipeline. This avoids churning the denoise model in and out of VRAM to make room for the encoder, and
    lets a cached encoder be reused across generations. Has no effect unless at least two `generation_devices` are
    configured and a GPU is idle; under full load encoders run on the session's own GPU as before. """
    outputs_dir: str | Unset = "outputs"
    """ Path to directory for outputs. """
    patchmatch: bool | Unset = True
    """ Enable patchmatch inpaint code. """
    pid_memory_optimization: bool | Unset = False
    """ Enable experimental PiD decode memory optimizations. Roughly halves the peak activation memory of a PiD
    decode; in exchange the decoded image changes slightly, because neither the chunked pixel pathway nor the
    float32 sampler intermediates are bit-exact with the default path. """
    pil_compress_level: int | Unset = 1
    """ The compress_level setting of PIL.Image.save(), used for PNG encoding. All settings are lossless. 0 = no
    compression, 1 = fastest with slightly larger filesize, 9 = slowest with smallest filesize. 1 is typically the
    best setting. """
    port: int | Unset = 9090
    """ Port to bind to. """
    precision: InvokeAIAppConfigPrecision | Unset = "auto"
    """ Floating point precision. `float16` will consume half the memory of `float32` but produce slightly lower-
    quality images. The `auto` setting will guess the proper precision based on your video card and operating
    system. """
    profile_graphs: bool | Unset = False
    """ Enable graph profiling using `cProfile`. """
    profile_prefix: None | str | Unset = UNSET
    """ An optional prefix for profile output files. """
    profiles_dir: str | Unset = "profiles"
    """ Path to profiles output directory. """
    pytorch_cuda_alloc_conf: None | str | Unset = UNSET
    """ Configure the Torch CUDA memory allocator. This will impact peak reserved VRAM usage and performance.
    Setting to "backend:cudaMallocAsync" works well on many systems. The optimal configuration is highly dependent
    on the system configuration (device type, VRAM, CUDA driver version, etc.), so must be tuned experimentally. """
    ram: float | None | Unset = UNSET
    """ DEPRECATED: This setting is no longer used. It has been replaced by `max_cache_ram_gb`, but most users will
    not need to use this config since automatic cache size limits should work well in most cases. This config
    setting will be removed once the new model cache behavior is stable. """
    remote_api_tokens: list[URLRegexTokenPair] | None | Unset = UNSET
    """ List of regular expression and token pairs used when downloading models from URLs. The download URL is
    tested against the regex, and if it matches, the token is provided in as a Bearer token. """
    scan_models_on_startup: bool | Unset = False
    """ Scan the models directory on startup, registering orphaned models. This is typically only used in
    conjunction with `use_memory_db` for testing purposes. """
    schema_version: str | Unset = "4.0.3"
    """ Schema version of the config file. This is not a user-configurable setting. """
    sequential_guidance: bool | Unset = False
    """ Whether to calculate guidance in serial instead of in parallel, lowering memory requirements. """
    session_queue_mode: InvokeAIAppConfigSessionQueueMode | Unset = "round_robin"
    """ Session queue mode. Use 'FIFO' for strict first-in-first-out, or 'round_robin' to serve each user's jobs in
    turn. In round-robin mode, priority orders each user's own jobs, but the user rotation takes precedence: one
    user's high-priority job does not preempt another user's turn. In single-user mode, jobs are served in
    submission order either way — except that on multi-GPU systems the default 'round_robin' allows same-priority
    jobs to be reordered slightly so a freed GPU prefers jobs whose models it already has loaded. Set 'FIFO' to
    disable that reordering and enforce strict submission order. """
    ssl_certfile: None | str | Unset = UNSET
    """ SSL certificate file for HTTPS. See https://www.uvicorn.dev/settings/#https. """
    ssl_keyfile: None | str | Unset = UNSET
    """ SSL key file for HTTPS. See https://www.uvicorn.dev/settings/#https. """
    strict_password_checking: bool | Unset = False
    """ Enforce strict password requirements. When True, passwords must contain uppercase, lowercase, and numbers.
    When False (default), any password is accepted but its strength (weak/moderate/strong) is reported to the user.
    """
    style_presets_dir: str | Unset = "style_presets"
    """ Path to directory for style presets. """
    unsafe_disable_picklescan: bool | Unset = False
    """ UNSAFE. Disable the picklescan security check during model installation. Recommended only for development
    and testing purposes. This will allow arbitrary code execution during model installation, so should never be
    used in production. """
    use_memory_db: bool | Unset = False
    """ Use in-memory database. Useful for development. """
    vram: float | None | Unset = UNSET
    """ DEPRECATED: This setting is no longer used. It has been replaced by `max_cache_vram_gb`, but most users will
    not need to use this config since automatic cache size limits should work well in most cases. This config
    setting will be removed once the new model cache behavior is stable. """
    wan_memory_optimization: bool | Unset = False
    """ Enable experimental Wan memory optimizations at the cost of slower generation. """
    workflow_thumbnails_dir: str | Unset = "workflow_thumbnails"
    """ Path to directory for workflow thumbnails. """

    def to_dict(self) -> dict[str, Any]:
        allow_credentials = self.allow_credentials

        allow_headers: list[str] | Unset = UNSET
        if not isinstance(self.allow_headers, Unset):
            allow_headers = self.allow_headers

        allow_methods: list[str] | Unset = UNSET
        if not isinstance(self.allow_methods, Unset):
            allow_methods = self.allow_methods

        allow_nodes: list[str] | None | Unset
        if isinstance(self.allow_nodes, Unset):
            allow_nodes = UNSET
        elif isinstance(self.allow_nodes, list):
            allow_nodes = self.allow_nodes

        else:
            allow_nodes = self.allow_nodes

        allow_origins: list[str] | Unset = UNSET
        if not isinstance(self.allow_origins, Unset):
            allow_origins = self.allow_origins

        allow_private_download_urls = self.allow_private_download_urls

        allow_unknown_models = self.allow_unknown_models

        attention_slice_size: int | str | Unset
        if isinstance(self.attention_slice_size, Unset):
            attention_slice_size = UNSET
        elif isinstance(self.attention_slice_size, int):
            attention_slice_size = self.attention_slice_size
        else:
            attention_slice_size = self.attention_slice_size

        attention_type: str | Unset = UNSET
        if not isinstance(self.attention_type, Unset):
            attention_type = self.attention_type

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        clear_queue_on_startup = self.clear_queue_on_startup

        convert_cache_dir = self.convert_cache_dir

        custom_nodes_dir = self.custom_nodes_dir

        db_dir = self.db_dir

        deny_nodes: list[str] | None | Unset
        if isinstance(self.deny_nodes, Unset):
            deny_nodes = UNSET
        elif isinstance(self.deny_nodes, list):
            deny_nodes = self.deny_nodes

        else:
            deny_nodes = self.deny_nodes

        dev_reload = self.dev_reload

        device = self.device

        device_working_mem_gb = self.device_working_mem_gb

        download_cache_dir = self.download_cache_dir

        download_proxy: None | str | Unset
        if isinstance(self.download_proxy, Unset):
            download_proxy = UNSET
        else:
            download_proxy = self.download_proxy

        enable_partial_loading = self.enable_partial_loading

        external_alibabacloud_api_key: None | str | Unset
        if isinstance(self.external_alibabacloud_api_key, Unset):
            external_alibabacloud_api_key = UNSET
        else:
            external_alibabacloud_api_key = self.external_alibabacloud_api_key

        external_alibabacloud_base_url: None | str | Unset
        if isinstance(self.external_alibabacloud_base_url, Unset):
            external_alibabacloud_base_url = UNSET
        else:
            external_alibabacloud_base_url = self.external_alibabacloud_base_url

        external_gemini_api_key: None | str | Unset
        if isinstance(self.external_gemini_api_key, Unset):
            external_gemini_api_key = UNSET
        else:
            external_gemini_api_key = self.external_gemini_api_key

        external_gemini_base_url: None | str | Unset
        if isinstance(self.external_gemini_base_url, Unset):
            external_gemini_base_url = UNSET
        else:
            external_gemini_base_url = self.external_gemini_base_url

        external_openai_api_key: None | str | Unset
        if isinstance(self.external_openai_api_key, Unset):
            external_openai_api_key = UNSET
        else:
            external_openai_api_key = self.external_openai_api_key

        external_openai_base_url: None | str | Unset
        if isinstance(self.external_openai_base_url, Unset):
            external_openai_base_url = UNSET
        else:
            external_openai_base_url = self.external_openai_base_url

        external_seedream_api_key: None | str | Unset
        if isinstance(self.external_seedream_api_key, Unset):
            external_seedream_api_key = UNSET
        else:
            external_seedream_api_key = self.external_seedream_api_key

        external_seedream_base_url: None | str | Unset
        if isinstance(self.external_seedream_base_url, Unset):
            external_seedream_base_url = UNSET
        else:
            external_seedream_base_url = self.external_seedream_base_url

        fonts_dir = self.fonts_dir

        force_tiled_decode = self.force_tiled_decode

        forwarded_allow_ips = self.forwarded_allow_ips

        generation_devices: list[str] | Literal["auto"] | Unset
        if isinstance(self.generation_devices, Unset):
            generation_devices = UNSET
        elif isinstance(self.generation_devices, list):
            generation_devices = self.generation_devices

        else:
            generation_devices = self.generation_devices

        hashing_algorithm: str | Unset = UNSET
        if not isinstance(self.hashing_algorithm, Unset):
            hashing_algorithm = self.hashing_algorithm

        host = self.host

        http_compression_level = self.http_compression_level

        image_subfolder_strategy: str | Unset = UNSET
        if not isinstance(self.image_subfolder_strategy, Unset):
            image_subfolder_strategy = self.image_subfolder_strategy

        keep_ram_copy_of_weights = self.keep_ram_copy_of_weights

        lazy_offload = self.lazy_offload

        legacy_conf_dir = self.legacy_conf_dir

        legacy_models_yaml_path: None | str | Unset
        if isinstance(self.legacy_models_yaml_path, Unset):
            legacy_models_yaml_path = UNSET
        else:
            legacy_models_yaml_path = self.legacy_models_yaml_path

        log_format: str | Unset = UNSET
        if not isinstance(self.log_format, Unset):
            log_format = self.log_format

        log_handlers: list[str] | Unset = UNSET
        if not isinstance(self.log_handlers, Unset):
            log_handlers = self.log_handlers

        log_level: str | Unset = UNSET
        if not isinstance(self.log_level, Unset):
            log_level = self.log_level

        log_level_network: str | Unset = UNSET
        if not isinstance(self.log_level_network, Unset):
            log_level_network = self.log_level_network

        log_memory_usage = self.log_memory_usage

        log_sql = self.log_sql

        log_tokenization = self.log_tokenization

        max_cache_ram_gb: float | None | Unset
        if isinstance(self.max_cache_ram_gb, Unset):
            max_cache_ram_gb = UNSET
        else:
            max_cache_ram_gb = self.max_cache_ram_gb

        max_cache_vram_gb: float | None | Unset
        if isinstance(self.max_cache_vram_gb, Unset):
            max_cache_vram_gb = UNSET
        else:
            max_cache_vram_gb = self.max_cache_vram_gb

        max_queue_history: int | None | Unset
        if isinstance(self.max_queue_history, Unset):
            max_queue_history = UNSET
        else:
            max_queue_history = self.max_queue_history

        max_queue_size = self.max_queue_size

        model_cache_keep_alive_min = self.model_cache_keep_alive_min

        models_dir = self.models_dir

        multiuser = self.multiuser

        node_cache_size = self.node_cache_size

        offload_text_encoders_to_idle_gpus = self.offload_text_encoders_to_idle_gpus

        outputs_dir = self.outputs_dir

        patchmatch = self.patchmatch

        pid_memory_optimization = self.pid_memory_optimization

        pil_compress_level = self.pil_compress_level

        port = self.port

        precision: str | Unset = UNSET
        if not isinstance(self.precision, Unset):
            precision = self.precision

        profile_graphs = self.profile_graphs

        profile_prefix: None | str | Unset
        if isinstance(self.profile_prefix, Unset):
            profile_prefix = UNSET
        else:
            profile_prefix = self.profile_prefix

        profiles_dir = self.profiles_dir

        pytorch_cuda_alloc_conf: None | str | Unset
        if isinstance(self.pytorch_cuda_alloc_conf, Unset):
            pytorch_cuda_alloc_conf = UNSET
        else:
            pytorch_cuda_alloc_conf = self.pytorch_cuda_alloc_conf

        ram: float | None | Unset
        if isinstance(self.ram, Unset):
            ram = UNSET
        else:
            ram = self.ram

        remote_api_tokens: list[dict[str, Any]] | None | Unset
        if isinstance(self.remote_api_tokens, Unset):
            remote_api_tokens = UNSET
        elif isinstance(self.remote_api_tokens, list):
            remote_api_tokens = []
            for remote_api_tokens_type_0_item_data in self.remote_api_tokens:
                remote_api_tokens_type_0_item = remote_api_tokens_type_0_item_data.to_dict()
                remote_api_tokens.append(remote_api_tokens_type_0_item)

        else:
            remote_api_tokens = self.remote_api_tokens

        scan_models_on_startup = self.scan_models_on_startup

        schema_version = self.schema_version

        sequential_guidance = self.sequential_guidance

        session_queue_mode: str | Unset = UNSET
        if not isinstance(self.session_queue_mode, Unset):
            session_queue_mode = self.session_queue_mode

        ssl_certfile: None | str | Unset
        if isinstance(self.ssl_certfile, Unset):
            ssl_certfile = UNSET
        else:
            ssl_certfile = self.ssl_certfile

        ssl_keyfile: None | str | Unset
        if isinstance(self.ssl_keyfile, Unset):
            ssl_keyfile = UNSET
        else:
            ssl_keyfile = self.ssl_keyfile

        strict_password_checking = self.strict_password_checking

        style_presets_dir = self.style_presets_dir

        unsafe_disable_picklescan = self.unsafe_disable_picklescan

        use_memory_db = self.use_memory_db

        vram: float | None | Unset
        if isinstance(self.vram, Unset):
            vram = UNSET
        else:
            vram = self.vram

        wan_memory_optimization = self.wan_memory_optimization

        workflow_thumbnails_dir = self.workflow_thumbnails_dir

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_credentials is not UNSET:
            field_dict["allow_credentials"] = allow_credentials
        if allow_headers is not UNSET:
            field_dict["allow_headers"] = allow_headers
        if allow_methods is not UNSET:
            field_dict["allow_methods"] = allow_methods
        if allow_nodes is not UNSET:
            field_dict["allow_nodes"] = allow_nodes
        if allow_origins is not UNSET:
            field_dict["allow_origins"] = allow_origins
        if allow_private_download_urls is not UNSET:
            field_dict["allow_private_download_urls"] = allow_private_download_urls
        if allow_unknown_models is not UNSET:
            field_dict["allow_unknown_models"] = allow_unknown_models
        if attention_slice_size is not UNSET:
            field_dict["attention_slice_size"] = attention_slice_size
        if attention_type is not UNSET:
            field_dict["attention_type"] = attention_type
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if clear_queue_on_startup is not UNSET:
            field_dict["clear_queue_on_startup"] = clear_queue_on_startup
        if convert_cache_dir is not UNSET:
            field_dict["convert_cache_dir"] = convert_cache_dir
        if custom_nodes_dir is not UNSET:
            field_dict["custom_nodes_dir"] = custom_nodes_dir
        if db_dir is not UNSET:
            field_dict["db_dir"] = db_dir
        if deny_nodes is not UNSET:
            field_dict["deny_nodes"] = deny_nodes
        if dev_reload is not UNSET:
            field_dict["dev_reload"] = dev_reload
        if device is not UNSET:
            field_dict["device"] = device
        if device_working_mem_gb is not UNSET:
            field_dict["device_working_mem_gb"] = device_working_mem_gb
        if download_cache_dir is not UNSET:
            field_dict["download_cache_dir"] = download_cache_dir
        if download_proxy is not UNSET:
            field_dict["download_proxy"] = download_proxy
        if enable_partial_loading is not UNSET:
            field_dict["enable_partial_loading"] = enable_partial_loading
        if external_alibabacloud_api_key is not UNSET:
            field_dict["external_alibabacloud_api_key"] = external_alibabacloud_api_key
        if external_alibabacloud_base_url is not UNSET:
            field_dict["external_alibabacloud_base_url"] = external_alibabacloud_base_url
        if external_gemini_api_key is not UNSET:
            field_dict["external_gemini_api_key"] = external_gemini_api_key
        if external_gemini_base_url is not UNSET:
            field_dict["external_gemini_base_url"] = external_gemini_base_url
        if external_openai_api_key is not UNSET:
            field_dict["external_openai_api_key"] = external_openai_api_key
        if external_openai_base_url is not UNSET:
            field_dict["external_openai_base_url"] = external_openai_base_url
        if external_seedream_api_key is not UNSET:
            field_dict["external_seedream_api_key"] = external_seedream_api_key
        if external_seedream_base_url is not UNSET:
            field_dict["external_seedream_base_url"] = external_seedream_base_url
        if fonts_dir is not UNSET:
            field_dict["fonts_dir"] = fonts_dir
        if force_tiled_decode is not UNSET:
            field_dict["force_tiled_decode"] = force_tiled_decode
        if forwarded_allow_ips is not UNSET:
            field_dict["forwarded_allow_ips"] = forwarded_allow_ips
        if generation_devices is not UNSET:
            field_dict["generation_devices"] = generation_devices
        if hashing_algorithm is not UNSET:
            field_dict["hashing_algorithm"] = hashing_algorithm
        if host is not UNSET:
            field_dict["host"] = host
        if http_compression_level is not UNSET:
            field_dict["http_compression_level"] = http_compression_level
        if image_subfolder_strategy is not UNSET:
            field_dict["image_subfolder_strategy"] = image_subfolder_strategy
        if keep_ram_copy_of_weights is not UNSET:
            field_dict["keep_ram_copy_of_weights"] = keep_ram_copy_of_weights
        if lazy_offload is not UNSET:
            field_dict["lazy_offload"] = lazy_offload
        if legacy_conf_dir is not UNSET:
            field_dict["legacy_conf_dir"] = legacy_conf_dir
        if legacy_models_yaml_path is not UNSET:
            field_dict["legacy_models_yaml_path"] = legacy_models_yaml_path
        if log_format is not UNSET:
            field_dict["log_format"] = log_format
        if log_handlers is not UNSET:
            field_dict["log_handlers"] = log_handlers
        if log_level is not UNSET:
            field_dict["log_level"] = log_level
        if log_level_network is not UNSET:
            field_dict["log_level_network"] = log_level_network
        if log_memory_usage is not UNSET:
            field_dict["log_memory_usage"] = log_memory_usage
        if log_sql is not UNSET:
            field_dict["log_sql"] = log_sql
        if log_tokenization is not UNSET:
            field_dict["log_tokenization"] = log_tokenization
        if max_cache_ram_gb is not UNSET:
            field_dict["max_cache_ram_gb"] = max_cache_ram_gb
        if max_cache_vram_gb is not UNSET:
            field_dict["max_cache_vram_gb"] = max_cache_vram_gb
        if max_queue_history is not UNSET:
            field_dict["max_queue_history"] = max_queue_history
        if max_queue_size is not UNSET:
            field_dict["max_queue_size"] = max_queue_size
        if model_cache_keep_alive_min is not UNSET:
            field_dict["model_cache_keep_alive_min"] = model_cache_keep_alive_min
        if models_dir is not UNSET:
            field_dict["models_dir"] = models_dir
        if multiuser is not UNSET:
            field_dict["multiuser"] = multiuser
        if node_cache_size is not UNSET:
            field_dict["node_cache_size"] = node_cache_size
        if offload_text_encoders_to_idle_gpus is not UNSET:
            field_dict["offload_text_encoders_to_idle_gpus"] = offload_text_encoders_to_idle_gpus
        if outputs_dir is not UNSET:
            field_dict["outputs_dir"] = outputs_dir
        if patchmatch is not UNSET:
            field_dict["patchmatch"] = patchmatch
        if pid_memory_optimization is not UNSET:
            field_dict["pid_memory_optimization"] = pid_memory_optimization
        if pil_compress_level is not UNSET:
            field_dict["pil_compress_level"] = pil_compress_level
        if port is not UNSET:
            field_dict["port"] = port
        if precision is not UNSET:
            field_dict["precision"] = precision
        if profile_graphs is not UNSET:
            field_dict["profile_graphs"] = profile_graphs
        if profile_prefix is not UNSET:
            field_dict["profile_prefix"] = profile_prefix
        if profiles_dir is not UNSET:
            field_dict["profiles_dir"] = profiles_dir
        if pytorch_cuda_alloc_conf is not UNSET:
            field_dict["pytorch_cuda_alloc_conf"] = pytorch_cuda_alloc_conf
        if ram is not UNSET:
            field_dict["ram"] = ram
        if remote_api_tokens is not UNSET:
            field_dict["remote_api_tokens"] = remote_api_tokens
        if scan_models_on_startup is not UNSET:
            field_dict["scan_models_on_startup"] = scan_models_on_startup
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if sequential_guidance is not UNSET:
            field_dict["sequential_guidance"] = sequential_guidance
        if session_queue_mode is not UNSET:
            field_dict["session_queue_mode"] = session_queue_mode
        if ssl_certfile is not UNSET:
            field_dict["ssl_certfile"] = ssl_certfile
        if ssl_keyfile is not UNSET:
            field_dict["ssl_keyfile"] = ssl_keyfile
        if strict_password_checking is not UNSET:
            field_dict["strict_password_checking"] = strict_password_checking
        if style_presets_dir is not UNSET:
            field_dict["style_presets_dir"] = style_presets_dir
        if unsafe_disable_picklescan is not UNSET:
            field_dict["unsafe_disable_picklescan"] = unsafe_disable_picklescan
        if use_memory_db is not UNSET:
            field_dict["use_memory_db"] = use_memory_db
        if vram is not UNSET:
            field_dict["vram"] = vram
        if wan_memory_optimization is not UNSET:
            field_dict["wan_memory_optimization"] = wan_memory_optimization
        if workflow_thumbnails_dir is not UNSET:
            field_dict["workflow_thumbnails_dir"] = workflow_thumbnails_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.url_regex_token_pair import URLRegexTokenPair  # noqa: PLC0415

        d = dict(src_dict)
        allow_credentials = d.pop("allow_credentials", UNSET)

        allow_headers = cast(list[str], d.pop("allow_headers", UNSET))

        allow_methods = cast(list[str], d.pop("allow_methods", UNSET))

        def _parse_allow_nodes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allow_nodes_type_0 = cast(list[str], data)

                return allow_nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allow_nodes = _parse_allow_nodes(d.pop("allow_nodes", UNSET))

        allow_origins = cast(list[str], d.pop("allow_origins", UNSET))

        allow_private_download_urls = d.pop("allow_private_download_urls", UNSET)

        allow_unknown_models = d.pop("allow_unknown_models", UNSET)

        def _parse_attention_slice_size(
            data: object,
        ) -> InvokeAIAppConfigAttentionSliceSizeType0 | InvokeAIAppConfigAttentionSliceSizeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                attention_slice_size_type_0 = check_invoke_ai_app_config_attention_slice_size_type_0(data)

                return attention_slice_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            attention_slice_size_type_1 = check_invoke_ai_app_config_attention_slice_size_type_1(data)

            return attention_slice_size_type_1

        attention_slice_size = _parse_attention_slice_size(d.pop("attention_slice_size", UNSET))

        _attention_type = d.pop("attention_type", UNSET)
        attention_type: InvokeAIAppConfigAttentionType | Unset
        if isinstance(_attention_type, Unset):
            attention_type = UNSET
        else:
            attention_type = check_invoke_ai_app_config_attention_type(_attention_type)

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_url = _parse_base_url(d.pop("base_url", UNSET))

        clear_queue_on_startup = d.pop("clear_queue_on_startup", UNSET)

        convert_cache_dir = d.pop("convert_cache_dir", UNSET)

        custom_nodes_dir = d.pop("custom_nodes_dir", UNSET)

        db_dir = d.pop("db_dir", UNSET)

        def _parse_deny_nodes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deny_nodes_type_0 = cast(list[str], data)

                return deny_nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        deny_nodes = _parse_deny_nodes(d.pop("deny_nodes", UNSET))

        dev_reload = d.pop("dev_reload", UNSET)

        device = d.pop("device", UNSET)

        device_working_mem_gb = d.pop("device_working_mem_gb", UNSET)

        download_cache_dir = d.pop("download_cache_dir", UNSET)

        def _parse_download_proxy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_proxy = _parse_download_proxy(d.pop("download_proxy", UNSET))

        enable_partial_loading = d.pop("enable_partial_loading", UNSET)

        def _parse_external_alibabacloud_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_alibabacloud_api_key = _parse_external_alibabacloud_api_key(
            d.pop("external_alibabacloud_api_key", UNSET)
        )

        def _parse_external_alibabacloud_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_alibabacloud_base_url = _parse_external_alibabacloud_base_url(
            d.pop("external_alibabacloud_base_url", UNSET)
        )

        def _parse_external_gemini_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_gemini_api_key = _parse_external_gemini_api_key(d.pop("external_gemini_api_key", UNSET))

        def _parse_external_gemini_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_gemini_base_url = _parse_external_gemini_base_url(d.pop("external_gemini_base_url", UNSET))

        def _parse_external_openai_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_openai_api_key = _parse_external_openai_api_key(d.pop("external_openai_api_key", UNSET))

        def _parse_external_openai_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_openai_base_url = _parse_external_openai_base_url(d.pop("external_openai_base_url", UNSET))

        def _parse_external_seedream_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_seedream_api_key = _parse_external_seedream_api_key(d.pop("external_seedream_api_key", UNSET))

        def _parse_external_seedream_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_seedream_base_url = _parse_external_seedream_base_url(d.pop("external_seedream_base_url", UNSET))

        fonts_dir = d.pop("fonts_dir", UNSET)

        force_tiled_decode = d.pop("force_tiled_decode", UNSET)

        forwarded_allow_ips = d.pop("forwarded_allow_ips", UNSET)

        def _parse_generation_devices(data: object) -> list[str] | Literal["auto"] | Unset:
            if isinstance(data, Unset):
                return data
            generation_devices_type_0 = cast(Literal["auto"], data)
            if generation_devices_type_0 != "auto":
                raise ValueError(
                    f"generation_devices_type_0 must match const 'auto', got '{generation_devices_type_0}'"
                )
            return generation_devices_type_0
            if not isinstance(data, list):
                raise TypeError()
            generation_devices_type_1 = cast(list[str], data)

            return generation_devices_type_1

        generation_devices = _parse_generation_devices(d.pop("generation_devices", UNSET))

        _hashing_algorithm = d.pop("hashing_algorithm", UNSET)
        hashing_algorithm: InvokeAIAppConfigHashingAlgorithm | Unset
        if isinstance(_hashing_algorithm, Unset):
            hashing_algorithm = UNSET
        else:
            hashing_algorithm = check_invoke_ai_app_config_hashing_algorithm(_hashing_algorithm)

        host = d.pop("host", UNSET)

        http_compression_level = d.pop("http_compression_level", UNSET)

        _image_subfolder_strategy = d.pop("image_subfolder_strategy", UNSET)
        image_subfolder_strategy: InvokeAIAppConfigImageSubfolderStrategy | Unset
        if isinstance(_image_subfolder_strategy, Unset):
            image_subfolder_strategy = UNSET
        else:
            image_subfolder_strategy = check_invoke_ai_app_config_image_subfolder_strategy(_image_subfolder_strategy)

        keep_ram_copy_of_weights = d.pop("keep_ram_copy_of_weights", UNSET)

        lazy_offload = d.pop("lazy_offload", UNSET)

        legacy_conf_dir = d.pop("legacy_conf_dir", UNSET)

        def _parse_legacy_models_yaml_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legacy_models_yaml_path = _parse_legacy_models_yaml_path(d.pop("legacy_models_yaml_path", UNSET))

        _log_format = d.pop("log_format", UNSET)
        log_format: InvokeAIAppConfigLogFormat | Unset
        if isinstance(_log_format, Unset):
            log_format = UNSET
        else:
            log_format = check_invoke_ai_app_config_log_format(_log_format)

        log_handlers = cast(list[str], d.pop("log_handlers", UNSET))

        _log_level = d.pop("log_level", UNSET)
        log_level: InvokeAIAppConfigLogLevel | Unset
        if isinstance(_log_level, Unset):
            log_level = UNSET
        else:
            log_level = check_invoke_ai_app_config_log_level(_log_level)

        _log_level_network = d.pop("log_level_network", UNSET)
        log_level_network: InvokeAIAppConfigLogLevelNetwork | Unset
        if isinstance(_log_level_network, Unset):
            log_level_network = UNSET
        else:
            log_level_network = check_invoke_ai_app_config_log_level_network(_log_level_network)

        log_memory_usage = d.pop("log_memory_usage", UNSET)

        log_sql = d.pop("log_sql", UNSET)

        log_tokenization = d.pop("log_tokenization", UNSET)

        def _parse_max_cache_ram_gb(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_cache_ram_gb = _parse_max_cache_ram_gb(d.pop("max_cache_ram_gb", UNSET))

        def _parse_max_cache_vram_gb(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_cache_vram_gb = _parse_max_cache_vram_gb(d.pop("max_cache_vram_gb", UNSET))

        def _parse_max_queue_history(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_queue_history = _parse_max_queue_history(d.pop("max_queue_history", UNSET))

        max_queue_size = d.pop("max_queue_size", UNSET)

        model_cache_keep_alive_min = d.pop("model_cache_keep_alive_min", UNSET)

        models_dir = d.pop("models_dir", UNSET)

        multiuser = d.pop("multiuser", UNSET)

        node_cache_size = d.pop("node_cache_size", UNSET)

        offload_text_encoders_to_idle_gpus = d.pop("offload_text_encoders_to_idle_gpus", UNSET)

        outputs_dir = d.pop("outputs_dir", UNSET)

        patchmatch = d.pop("patchmatch", UNSET)

        pid_memory_optimization = d.pop("pid_memory_optimization", UNSET)

        pil_compress_level = d.pop("pil_compress_level", UNSET)

        port = d.pop("port", UNSET)

        _precision = d.pop("precision", UNSET)
        precision: InvokeAIAppConfigPrecision | Unset
        if isinstance(_precision, Unset):
            precision = UNSET
        else:
            precision = check_invoke_ai_app_config_precision(_precision)

        profile_graphs = d.pop("profile_graphs", UNSET)

        def _parse_profile_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_prefix = _parse_profile_prefix(d.pop("profile_prefix", UNSET))

        profiles_dir = d.pop("profiles_dir", UNSET)

        def _parse_pytorch_cuda_alloc_conf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pytorch_cuda_alloc_conf = _parse_pytorch_cuda_alloc_conf(d.pop("pytorch_cuda_alloc_conf", UNSET))

        def _parse_ram(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ram = _parse_ram(d.pop("ram", UNSET))

        def _parse_remote_api_tokens(data: object) -> list[URLRegexTokenPair] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                remote_api_tokens_type_0 = []
                _remote_api_tokens_type_0 = data
                for remote_api_tokens_type_0_item_data in _remote_api_tokens_type_0:
                    remote_api_tokens_type_0_item = URLRegexTokenPair.from_dict(remote_api_tokens_type_0_item_data)

                    remote_api_tokens_type_0.append(remote_api_tokens_type_0_item)

                return remote_api_tokens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[URLRegexTokenPair] | None | Unset, data)

        remote_api_tokens = _parse_remote_api_tokens(d.pop("remote_api_tokens", UNSET))

        scan_models_on_startup = d.pop("scan_models_on_startup", UNSET)

        schema_version = d.pop("schema_version", UNSET)

        sequential_guidance = d.pop("sequential_guidance", UNSET)

        _session_queue_mode = d.pop("session_queue_mode", UNSET)
        session_queue_mode: InvokeAIAppConfigSessionQueueMode | Unset
        if isinstance(_session_queue_mode, Unset):
            session_queue_mode = UNSET
        else:
            session_queue_mode = check_invoke_ai_app_config_session_queue_mode(_session_queue_mode)

        def _parse_ssl_certfile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssl_certfile = _parse_ssl_certfile(d.pop("ssl_certfile", UNSET))

        def _parse_ssl_keyfile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssl_keyfile = _parse_ssl_keyfile(d.pop("ssl_keyfile", UNSET))

        strict_password_checking = d.pop("strict_password_checking", UNSET)

        style_presets_dir = d.pop("style_presets_dir", UNSET)

        unsafe_disable_picklescan = d.pop("unsafe_disable_picklescan", UNSET)

        use_memory_db = d.pop("use_memory_db", UNSET)

        def _parse_vram(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vram = _parse_vram(d.pop("vram", UNSET))

        wan_memory_optimization = d.pop("wan_memory_optimization", UNSET)

        workflow_thumbnails_dir = d.pop("workflow_thumbnails_dir", UNSET)

        invoke_ai_app_config = cls(
            allow_credentials=allow_credentials,
            allow_headers=allow_headers,
            allow_methods=allow_methods,
            allow_nodes=allow_nodes,
            allow_origins=allow_origins,
            allow_private_download_urls=allow_private_download_urls,
            allow_unknown_models=allow_unknown_models,
            attention_slice_size=attention_slice_size,
            attention_type=attention_type,
            base_url=base_url,
            clear_queue_on_startup=clear_queue_on_startup,
            convert_cache_dir=convert_cache_dir,
            custom_nodes_dir=custom_nodes_dir,
            db_dir=db_dir,
            deny_nodes=deny_nodes,
            dev_reload=dev_reload,
            device=device,
            device_working_mem_gb=device_working_mem_gb,
            download_cache_dir=download_cache_dir,
            download_proxy=download_proxy,
            enable_partial_loading=enable_partial_loading,
            external_alibabacloud_api_key=external_alibabacloud_api_key,
            external_alibabacloud_base_url=external_alibabacloud_base_url,
            external_gemini_api_key=external_gemini_api_key,
            external_gemini_base_url=external_gemini_base_url,
            external_openai_api_key=external_openai_api_key,
            external_openai_base_url=external_openai_base_url,
            external_seedream_api_key=external_seedream_api_key,
            external_seedream_base_url=external_seedream_base_url,
            fonts_dir=fonts_dir,
            force_tiled_decode=force_tiled_decode,
            forwarded_allow_ips=forwarded_allow_ips,
            generation_devices=generation_devices,
            hashing_algorithm=hashing_algorithm,
            host=host,
            http_compression_level=http_compression_level,
            image_subfolder_strategy=image_subfolder_strategy,
            keep_ram_copy_of_weights=keep_ram_copy_of_weights,
            lazy_offload=lazy_offload,
            legacy_conf_dir=legacy_conf_dir,
            legacy_models_yaml_path=legacy_models_yaml_path,
            log_format=log_format,
            log_handlers=log_handlers,
            log_level=log_level,
            log_level_network=log_level_network,
            log_memory_usage=log_memory_usage,
            log_sql=log_sql,
            log_tokenization=log_tokenization,
            max_cache_ram_gb=max_cache_ram_gb,
            max_cache_vram_gb=max_cache_vram_gb,
            max_queue_history=max_queue_history,
            max_queue_size=max_queue_size,
            model_cache_keep_alive_min=model_cache_keep_alive_min,
            models_dir=models_dir,
            multiuser=multiuser,
            node_cache_size=node_cache_size,
            offload_text_encoders_to_idle_gpus=offload_text_encoders_to_idle_gpus,
            outputs_dir=outputs_dir,
            patchmatch=patchmatch,
            pid_memory_optimization=pid_memory_optimization,
            pil_compress_level=pil_compress_level,
            port=port,
            precision=precision,
            profile_graphs=profile_graphs,
            profile_prefix=profile_prefix,
            profiles_dir=profiles_dir,
            pytorch_cuda_alloc_conf=pytorch_cuda_alloc_conf,
            ram=ram,
            remote_api_tokens=remote_api_tokens,
            scan_models_on_startup=scan_models_on_startup,
            schema_version=schema_version,
            sequential_guidance=sequential_guidance,
            session_queue_mode=session_queue_mode,
            ssl_certfile=ssl_certfile,
            ssl_keyfile=ssl_keyfile,
            strict_password_checking=strict_password_checking,
            style_presets_dir=style_presets_dir,
            unsafe_disable_picklescan=unsafe_disable_picklescan,
            use_memory_db=use_memory_db,
            vram=vram,
            wan_memory_optimization=wan_memory_optimization,
            workflow_thumbnails_dir=workflow_thumbnails_dir,
        )

        return invoke_ai_app_config
