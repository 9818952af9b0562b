"""All data models used in inputs and outputs, imported lazily on first access (PEP 562)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_images_to_board_result import AddImagesToBoardResult
    from .add_invocation import AddInvocation
    from .add_videos_to_board_result import AddVideosToBoardResult
    from .alpha_mask_to_tensor_invocation import AlphaMaskToTensorInvocation
    from .api_model_config import ApiModelConfig
    from .api_model_config_submodels_type_0 import ApiModelConfigSubmodelsType0
    from .app_config import AppConfig
    from .app_version import AppVersion
    from .apply_mask_tensor_to_image_invocation import ApplyMaskTensorToImageInvocation
    from .apply_mask_to_image_invocation import ApplyMaskToImageInvocation
    from .base_metadata import BaseMetadata
    from .batch import Batch
    from .batch_datum import BatchDatum
    from .batch_enqueued_event import BatchEnqueuedEvent
    from .batch_status import BatchStatus
    from .blank_image_invocation import BlankImageInvocation
    from .blank_image_invocation_mode import BlankImageInvocationMode
    from .blend_latents_invocation import BlendLatentsInvocation
    from .board_changes import BoardChanges
    from .board_dto import BoardDTO
    from .board_field import BoardField
    from .board_record_order_by import BoardRecordOrderBy
    from .body_add_image_to_board import BodyAddImageToBoard
    from .body_add_images_to_board import BodyAddImagesToBoard
    from .body_add_videos_to_board import BodyAddVideosToBoard
    from .body_cancel_by_batch_ids import BodyCancelByBatchIds
    from .body_create_image_upload_entry import BodyCreateImageUploadEntry
    from .body_create_style_preset import BodyCreateStylePreset
    from .body_create_workflow import BodyCreateWorkflow
    from .body_delete_images_from_list import BodyDeleteImagesFromList
    from .body_delete_videos_from_list import BodyDeleteVideosFromList
    from .body_do_hf_login import BodyDoHfLogin
    from .body_download import BodyDownload
    from .body_download_images_from_list import BodyDownloadImagesFromList
    from .body_enqueue_batch import BodyEnqueueBatch
    from .body_get_images_by_names import BodyGetImagesByNames
    from .body_get_queue_items_by_item_ids import BodyGetQueueItemsByItemIds
    from .body_get_videos_by_ids import BodyGetVideosByIds
    from .body_import_style_presets import BodyImportStylePresets
    from .body_parse_dynamicprompts import BodyParseDynamicprompts
    from .body_remove_image_from_board import BodyRemoveImageFromBoard
    from .body_remove_images_from_board import BodyRemoveImagesFromBoard
    from .body_remove_videos_from_board import BodyRemoveVideosFromBoard
    from .body_set_workflow_thumbnail import BodySetWorkflowThumbnail
    from .body_star_images_in_list import BodyStarImagesInList
    from .body_star_videos_in_list import BodyStarVideosInList
    from .body_unstar_images_in_list import BodyUnstarImagesInList
    from .body_unstar_videos_in_list import BodyUnstarVideosInList
    from .body_update_model_image import BodyUpdateModelImage
    from .body_update_style_preset import BodyUpdateStylePreset
    from .body_update_workflow import BodyUpdateWorkflow
    from .body_upload_image import BodyUploadImage
    from .boolean_collection_invocation import BooleanCollectionInvocation
    from .boolean_collection_output import BooleanCollectionOutput
    from .boolean_invocation import BooleanInvocation
    from .boolean_output import BooleanOutput
    from .bounding_box_collection_output import BoundingBoxCollectionOutput
    from .bounding_box_field import BoundingBoxField
    from .bounding_box_invocation import BoundingBoxInvocation
    from .bounding_box_output import BoundingBoxOutput
    from .bulk_download_complete_event import BulkDownloadCompleteEvent
    from .bulk_download_error_event import BulkDownloadErrorEvent
    from .bulk_download_started_event import BulkDownloadStartedEvent
    from .cache_stats import CacheStats
    from .cache_stats_loaded_model_sizes import CacheStatsLoadedModelSizes
    from .calculate_image_tiles_even_split_invocation import CalculateImageTilesEvenSplitInvocation
    from .calculate_image_tiles_invocation import CalculateImageTilesInvocation
    from .calculate_image_tiles_minimum_overlap_invocation import CalculateImageTilesMinimumOverlapInvocation
    from .calculate_image_tiles_output import CalculateImageTilesOutput
    from .cancel_all_except_current_result import CancelAllExceptCurrentResult
    from .cancel_by_batch_i_ds_result import CancelByBatchIDsResult
    from .cancel_by_destination_result import CancelByDestinationResult
    from .canny_edge_detection_invocation import CannyEdgeDetectionInvocation
    from .canvas_paste_back_invocation import CanvasPasteBackInvocation
    from .canvas_v2_mask_and_crop_invocation import CanvasV2MaskAndCropInvocation
    from .center_pad_crop_invocation import CenterPadCropInvocation
    from .classification import Classification
    from .clear_result import ClearResult
    from .clip_field import CLIPField
    from .clip_output import CLIPOutput
    from .clip_skip_invocation import CLIPSkipInvocation
    from .clip_skip_invocation_output import CLIPSkipInvocationOutput
    from .clip_vision_diffusers_config import CLIPVisionDiffusersConfig
    from .clip_vision_diffusers_config_submodels_type_0 import CLIPVisionDiffusersConfigSubmodelsType0
    from .clipg_embed_diffusers_config import CLIPGEmbedDiffusersConfig
    from .clipg_embed_diffusers_config_submodels_type_0 import CLIPGEmbedDiffusersConfigSubmodelsType0
    from .clipl_embed_diffusers_config import CLIPLEmbedDiffusersConfig
    from .clipl_embed_diffusers_config_submodels_type_0 import CLIPLEmbedDiffusersConfigSubmodelsType0
    from .cog_view_4_conditioning_field import CogView4ConditioningField
    from .cog_view_4_conditioning_output import CogView4ConditioningOutput
    from .cog_view_4_denoise_invocation import CogView4DenoiseInvocation
    from .cog_view_4_image_to_latents_invocation import CogView4ImageToLatentsInvocation
    from .cog_view_4_latents_to_image_invocation import CogView4LatentsToImageInvocation
    from .cog_view_4_model_loader_invocation import CogView4ModelLoaderInvocation
    from .cog_view_4_model_loader_output import CogView4ModelLoaderOutput
    from .cog_view_4_text_encoder_invocation import CogView4TextEncoderInvocation
    from .collect_invocation import CollectInvocation
    from .collect_invocation_output import CollectInvocationOutput
    from .color_collection_output import ColorCollectionOutput
    from .color_correct_invocation import ColorCorrectInvocation
    from .color_correct_invocation_color_space import ColorCorrectInvocationColorSpace
    from .color_field import ColorField
    from .color_invocation import ColorInvocation
    from .color_map_invocation import ColorMapInvocation
    from .color_output import ColorOutput
    from .compel_invocation import CompelInvocation
    from .conditioning_collection_invocation import ConditioningCollectionInvocation
    from .conditioning_collection_output import ConditioningCollectionOutput
    from .conditioning_field import ConditioningField
    from .conditioning_invocation import ConditioningInvocation
    from .conditioning_output import ConditioningOutput
    from .content_shuffle_invocation import ContentShuffleInvocation
    from .control_adapter_default_settings import ControlAdapterDefaultSettings
    from .control_field import ControlField
    from .control_field_control_mode import ControlFieldControlMode
    from .control_field_resize_mode import ControlFieldResizeMode
    from .control_lo_ra_diffusers_config import ControlLoRADiffusersConfig
    from .control_lo_ra_diffusers_config_submodels_type_0 import ControlLoRADiffusersConfigSubmodelsType0
    from .control_lo_ra_field import ControlLoRAField
    from .control_lo_ra_ly_coris_config import ControlLoRALyCORISConfig
    from .control_lo_ra_ly_coris_config_submodels_type_0 import ControlLoRALyCORISConfigSubmodelsType0
    from .control_net_checkpoint_config import ControlNetCheckpointConfig
    from .control_net_checkpoint_config_format import ControlNetCheckpointConfigFormat
    from .control_net_checkpoint_config_submodels_type_0 import ControlNetCheckpointConfigSubmodelsType0
    from .control_net_diffusers_config import ControlNetDiffusersConfig
    from .control_net_diffusers_config_submodels_type_0 import ControlNetDiffusersConfigSubmodelsType0
    from .control_net_invocation import ControlNetInvocation
    from .control_net_invocation_control_mode import ControlNetInvocationControlMode
    from .control_net_invocation_resize_mode import ControlNetInvocationResizeMode
    from .control_net_metadata_field import ControlNetMetadataField
    from .control_net_metadata_field_control_mode import ControlNetMetadataFieldControlMode
    from .control_net_metadata_field_resize_mode import ControlNetMetadataFieldResizeMode
    from .control_output import ControlOutput
    from .convert_model_response_convert_model import ConvertModelResponseConvertModel
    from .core_metadata_invocation import CoreMetadataInvocation
    from .core_metadata_invocation_generation_mode_type_0 import CoreMetadataInvocationGenerationModeType0
    from .counts_by_category_response_counts_by_category import CountsByCategoryResponseCountsByCategory
    from .create_denoise_mask_invocation import CreateDenoiseMaskInvocation
    from .create_gradient_mask_invocation import CreateGradientMaskInvocation
    from .create_gradient_mask_invocation_coherence_mode import CreateGradientMaskInvocationCoherenceMode
    from .crop_image_to_bounding_box_invocation import CropImageToBoundingBoxInvocation
    from .crop_latents_core_invocation import CropLatentsCoreInvocation
    from .cv2_infill_invocation import CV2InfillInvocation
    from .cv_inpaint_invocation import CvInpaintInvocation
    from .delete_all_except_current_result import DeleteAllExceptCurrentResult
    from .delete_board_result import DeleteBoardResult
    from .delete_by_destination_result import DeleteByDestinationResult
    from .delete_images_result import DeleteImagesResult
    from .delete_videos_result import DeleteVideosResult
    from .denoise_latents_invocation import DenoiseLatentsInvocation
    from .denoise_latents_invocation_scheduler import DenoiseLatentsInvocationScheduler
    from .denoise_latents_meta_invocation import DenoiseLatentsMetaInvocation
    from .denoise_latents_meta_invocation_scheduler import DenoiseLatentsMetaInvocationScheduler
    from .denoise_mask_field import DenoiseMaskField
    from .denoise_mask_output import DenoiseMaskOutput
    from .depth_anything_depth_estimation_invocation import DepthAnythingDepthEstimationInvocation
    from .depth_anything_depth_estimation_invocation_model_size import DepthAnythingDepthEstimationInvocationModelSize
    from .divide_invocation import DivideInvocation
    from .download_cancelled_event import DownloadCancelledEvent
    from .download_complete_event import DownloadCompleteEvent
    from .download_error_event import DownloadErrorEvent
    from .download_job import DownloadJob
    from .download_job_status import DownloadJobStatus
    from .download_progress_event import DownloadProgressEvent
    from .download_started_event import DownloadStartedEvent
    from .dw_openpose_detection_invocation import DWOpenposeDetectionInvocation
    from .dynamic_prompt_invocation import DynamicPromptInvocation
    from .dynamic_prompts_response import DynamicPromptsResponse
    from .edge import Edge
    from .edge_connection import EdgeConnection
    from .enqueue_batch_result import EnqueueBatchResult
    from .esrgan_invocation import ESRGANInvocation
    from .esrgan_invocation_model_name import ESRGANInvocationModelName
    from .expand_mask_with_fade_invocation import ExpandMaskWithFadeInvocation
    from .exposed_field import ExposedField
    from .face_identifier_invocation import FaceIdentifierInvocation
    from .face_mask_invocation import FaceMaskInvocation
    from .face_mask_output import FaceMaskOutput
    from .face_off_invocation import FaceOffInvocation
    from .face_off_output import FaceOffOutput
    from .field_identifier import FieldIdentifier
    from .field_identifier_kind import FieldIdentifierKind
    from .field_kind import FieldKind
    from .float_batch_invocation import FloatBatchInvocation
    from .float_batch_invocation_batch_group import FloatBatchInvocationBatchGroup
    from .float_collection_invocation import FloatCollectionInvocation
    from .float_collection_output import FloatCollectionOutput
    from .float_generator import FloatGenerator
    from .float_generator_field import FloatGeneratorField
    from .float_generator_output import FloatGeneratorOutput
    from .float_invocation import FloatInvocation
    from .float_linear_range_invocation import FloatLinearRangeInvocation
    from .float_math_invocation import FloatMathInvocation
    from .float_math_invocation_operation import FloatMathInvocationOperation
    from .float_output import FloatOutput
    from .float_to_integer_invocation import FloatToIntegerInvocation
    from .float_to_integer_invocation_method import FloatToIntegerInvocationMethod
    from .flux_conditioning_collection_output import FluxConditioningCollectionOutput
    from .flux_conditioning_field import FluxConditioningField
    from .flux_conditioning_output import FluxConditioningOutput
    from .flux_control_lo_ra_loader_invocation import FluxControlLoRALoaderInvocation
    from .flux_control_lo_ra_loader_output import FluxControlLoRALoaderOutput
    from .flux_control_net_field import FluxControlNetField
    from .flux_control_net_field_resize_mode import FluxControlNetFieldResizeMode
    from .flux_control_net_invocation import FluxControlNetInvocation
    from .flux_control_net_invocation_resize_mode import FluxControlNetInvocationResizeMode
    from .flux_control_net_output import FluxControlNetOutput
    from .flux_denoise_invocation import FluxDenoiseInvocation
    from .flux_denoise_latents_meta_invocation import FluxDenoiseLatentsMetaInvocation
    from .flux_fill_conditioning_field import FluxFillConditioningField
    from .flux_fill_invocation import FluxFillInvocation
    from .flux_fill_output import FluxFillOutput
    from .flux_ip_adapter_invocation import FluxIPAdapterInvocation
    from .flux_kontext_concatenate_images_invocation import FluxKontextConcatenateImagesInvocation
    from .flux_kontext_conditioning_field import FluxKontextConditioningField
    from .flux_kontext_invocation import FluxKontextInvocation
    from .flux_kontext_output import FluxKontextOutput
    from .flux_lo_ra_collection_loader import FLUXLoRACollectionLoader
    from .flux_lo_ra_loader_invocation import FluxLoRALoaderInvocation
    from .flux_lo_ra_loader_output import FluxLoRALoaderOutput
    from .flux_model_loader_invocation import FluxModelLoaderInvocation
    from .flux_model_loader_output import FluxModelLoaderOutput
    from .flux_model_loader_output_max_seq_length import FluxModelLoaderOutputMaxSeqLength
    from .flux_redux_conditioning_field import FluxReduxConditioningField
    from .flux_redux_config import FluxReduxConfig
    from .flux_redux_config_submodels_type_0 import FluxReduxConfigSubmodelsType0
    from .flux_redux_invocation import FluxReduxInvocation
    from .flux_redux_invocation_downsampling_function import FluxReduxInvocationDownsamplingFunction
    from .flux_redux_output import FluxReduxOutput
    from .flux_text_encoder_invocation import FluxTextEncoderInvocation
    from .flux_text_encoder_invocation_t5_max_seq_len_type_0 import FluxTextEncoderInvocationT5MaxSeqLenType0
    from .flux_vae_decode_invocation import FluxVaeDecodeInvocation
    from .flux_vae_encode_invocation import FluxVaeEncodeInvocation
    from .found_model import FoundModel
    from .free_u_config import FreeUConfig
    from .free_u_invocation import FreeUInvocation
    from .get_app_deps_response_get_app_deps import GetAppDepsResponseGetAppDeps
    from .get_counts_by_tag_response_get_counts_by_tag import GetCountsByTagResponseGetCountsByTag
    from .get_mask_bounding_box_invocation import GetMaskBoundingBoxInvocation
    from .get_model_record_response_get_model_record import GetModelRecordResponseGetModelRecord
    from .get_model_records_by_attrs_response_get_model_records_by_attrs import (
        GetModelRecordsByAttrsResponseGetModelRecordsByAttrs,
    )
    from .glm_encoder_field import GlmEncoderField
    from .gradient_mask_output import GradientMaskOutput
    from .graph import Graph
    from .graph_execution_state import GraphExecutionState
    from .graph_execution_state_errors import GraphExecutionStateErrors
    from .graph_execution_state_prepared_source_mapping import GraphExecutionStatePreparedSourceMapping
    from .graph_execution_state_results import GraphExecutionStateResults
    from .graph_execution_state_results_additional_property import GraphExecutionStateResultsAdditionalProperty
    from .graph_execution_state_source_prepared_mapping import GraphExecutionStateSourcePreparedMapping
    from .graph_nodes import GraphNodes
    from .graph_nodes_additional_property import GraphNodesAdditionalProperty
    from .grounding_dino_invocation import GroundingDinoInvocation
    from .grounding_dino_invocation_model_type_0 import GroundingDinoInvocationModelType0
    from .hed_edge_detection_invocation import HEDEdgeDetectionInvocation
    from .heuristic_resize_invocation import HeuristicResizeInvocation
    from .hf_model_source import HFModelSource
    from .hf_token_status import HFTokenStatus
    from .http_validation_error import HTTPValidationError
    from .hugging_face_metadata import HuggingFaceMetadata
    from .hugging_face_models import HuggingFaceModels
    from .ideal_size_invocation import IdealSizeInvocation
    from .ideal_size_output import IdealSizeOutput
    from .image_batch_invocation import ImageBatchInvocation
    from .image_batch_invocation_batch_group import ImageBatchInvocationBatchGroup
    from .image_blur_invocation import ImageBlurInvocation
    from .image_blur_invocation_blur_type import ImageBlurInvocationBlurType
    from .image_category import ImageCategory
    from .image_channel_invocation import ImageChannelInvocation
    from .image_channel_invocation_channel import ImageChannelInvocationChannel
    from .image_channel_multiply_invocation import ImageChannelMultiplyInvocation
    from .image_channel_multiply_invocation_channel_type_0 import ImageChannelMultiplyInvocationChannelType0
    from .image_channel_offset_invocation import ImageChannelOffsetInvocation
    from .image_channel_offset_invocation_channel_type_0 import ImageChannelOffsetInvocationChannelType0
    from .image_collection_invocation import ImageCollectionInvocation
    from .image_collection_output import ImageCollectionOutput
    from .image_convert_invocation import ImageConvertInvocation
    from .image_convert_invocation_mode import ImageConvertInvocationMode
    from .image_crop_invocation import ImageCropInvocation
    from .image_dto import ImageDTO
    from .image_field import ImageField
    from .image_generator import ImageGenerator
    from .image_generator_field import ImageGeneratorField
    from .image_generator_output import ImageGeneratorOutput
    from .image_hue_adjustment_invocation import ImageHueAdjustmentInvocation
    from .image_inverse_lerp_invocation import ImageInverseLerpInvocation
    from .image_invocation import ImageInvocation
    from .image_lerp_invocation import ImageLerpInvocation
    from .image_mask_to_tensor_invocation import ImageMaskToTensorInvocation
    from .image_multiply_invocation import ImageMultiplyInvocation
    from .image_names_result import ImageNamesResult
    from .image_noise_invocation import ImageNoiseInvocation
    from .image_noise_invocation_noise_type import ImageNoiseInvocationNoiseType
    from .image_nsfw_blur_invocation import ImageNSFWBlurInvocation
    from .image_output import ImageOutput
    from .image_panel_coordinate_output import ImagePanelCoordinateOutput
    from .image_panel_layout_invocation import ImagePanelLayoutInvocation
    from .image_paste_invocation import ImagePasteInvocation
    from .image_record_changes import ImageRecordChanges
    from .image_resize_invocation import ImageResizeInvocation
    from .image_resize_invocation_resample_mode import ImageResizeInvocationResampleMode
    from .image_scale_invocation import ImageScaleInvocation
    from .image_scale_invocation_resample_mode import ImageScaleInvocationResampleMode
    from .image_to_latents_invocation import ImageToLatentsInvocation
    from .image_upload_entry import ImageUploadEntry
    from .image_urls_dto import ImageUrlsDTO
    from .image_watermark_invocation import ImageWatermarkInvocation
    from .images_downloaded import ImagesDownloaded
    from .infill_color_invocation import InfillColorInvocation
    from .infill_patch_match_invocation import InfillPatchMatchInvocation
    from .infill_patch_match_invocation_resample_mode import InfillPatchMatchInvocationResampleMode
    from .infill_tile_invocation import InfillTileInvocation
    from .input_ import Input
    from .input_field_json_schema_extra import InputFieldJSONSchemaExtra
    from .input_field_json_schema_extra_ui_choice_labels_type_0 import InputFieldJSONSchemaExtraUiChoiceLabelsType0
    from .install_status import InstallStatus
    from .integer_batch_invocation import IntegerBatchInvocation
    from .integer_batch_invocation_batch_group import IntegerBatchInvocationBatchGroup
    from .integer_collection_invocation import IntegerCollectionInvocation
    from .integer_collection_output import IntegerCollectionOutput
    from .integer_generator import IntegerGenerator
    from .integer_generator_field import IntegerGeneratorField
    from .integer_generator_output import IntegerGeneratorOutput
    from .integer_invocation import IntegerInvocation
    from .integer_math_invocation import IntegerMathInvocation
    from .integer_math_invocation_operation import IntegerMathInvocationOperation
    from .integer_output import IntegerOutput
    from .invert_tensor_mask_invocation import InvertTensorMaskInvocation
    from .invocation_cache_status import InvocationCacheStatus
    from .invocation_complete_event import InvocationCompleteEvent
    from .invocation_complete_event_invocation import InvocationCompleteEventInvocation
    from .invocation_complete_event_result import InvocationCompleteEventResult
    from .invocation_error_event import InvocationErrorEvent
    from .invocation_error_event_invocation import InvocationErrorEventInvocation
    from .invocation_output_map import InvocationOutputMap
    from .invocation_progress_event import InvocationProgressEvent
    from .invocation_progress_event_invocation import InvocationProgressEventInvocation
    from .invocation_started_event import InvocationStartedEvent
    from .invocation_started_event_invocation import InvocationStartedEventInvocation
    from .invoke_adjust_image_hue_plus_invocation import InvokeAdjustImageHuePlusInvocation
    from .invoke_adjust_image_hue_plus_invocation_space import InvokeAdjustImageHuePlusInvocationSpace
    from .invoke_ai_app_config import InvokeAIAppConfig
    from .invoke_ai_app_config_attention_slice_size_type_0 import InvokeAIAppConfigAttentionSliceSizeType0
    from .invoke_ai_app_config_attention_slice_size_type_1 import InvokeAIAppConfigAttentionSliceSizeType1
    from .invoke_ai_app_config_attention_type import InvokeAIAppConfigAttentionType
    from .invoke_ai_app_config_hashing_algorithm import InvokeAIAppConfigHashingAlgorithm
    from .invoke_ai_app_config_log_format import InvokeAIAppConfigLogFormat
    from .invoke_ai_app_config_log_level import InvokeAIAppConfigLogLevel
    from .invoke_ai_app_config_log_level_network import InvokeAIAppConfigLogLevelNetwork
    from .invoke_ai_app_config_precision import InvokeAIAppConfigPrecision
    from .invoke_ai_app_config_with_set_fields import InvokeAIAppConfigWithSetFields
    from .invoke_equivalent_achromatic_lightness_invocation import InvokeEquivalentAchromaticLightnessInvocation
    from .invoke_image_blend_invocation import InvokeImageBlendInvocation
    from .invoke_image_blend_invocation_blend_mode import InvokeImageBlendInvocationBlendMode
    from .invoke_image_blend_invocation_color_space import InvokeImageBlendInvocationColorSpace
    from .invoke_image_compositor_invocation import InvokeImageCompositorInvocation
    from .invoke_image_dilate_or_erode_invocation import InvokeImageDilateOrErodeInvocation
    from .invoke_image_dilate_or_erode_invocation_mode import InvokeImageDilateOrErodeInvocationMode
    from .invoke_image_enhance_invocation import InvokeImageEnhanceInvocation
    from .invoke_image_value_thresholds_invocation import InvokeImageValueThresholdsInvocation
    from .ip_adapter_checkpoint_config import IPAdapterCheckpointConfig
    from .ip_adapter_checkpoint_config_submodels_type_0 import IPAdapterCheckpointConfigSubmodelsType0
    from .ip_adapter_field import IPAdapterField
    from .ip_adapter_invocation import IPAdapterInvocation
    from .ip_adapter_invocation_clip_vision_model import IPAdapterInvocationClipVisionModel
    from .ip_adapter_invocation_method import IPAdapterInvocationMethod
    from .ip_adapter_invoke_ai_config import IPAdapterInvokeAIConfig
    from .ip_adapter_invoke_ai_config_submodels_type_0 import IPAdapterInvokeAIConfigSubmodelsType0
    from .ip_adapter_metadata_field import IPAdapterMetadataField
    from .ip_adapter_metadata_field_clip_vision_model import IPAdapterMetadataFieldClipVisionModel
    from .ip_adapter_metadata_field_method import IPAdapterMetadataFieldMethod
    from .ip_adapter_output import IPAdapterOutput
    from .item_ids_result import ItemIdsResult
    from .iterate_invocation import IterateInvocation
    from .iterate_invocation_output import IterateInvocationOutput
    from .la_ma_infill_invocation import LaMaInfillInvocation
    from .latents_collection_invocation import LatentsCollectionInvocation
    from .latents_collection_output import LatentsCollectionOutput
    from .latents_field import LatentsField
    from .latents_invocation import LatentsInvocation
    from .latents_meta_output import LatentsMetaOutput
    from .latents_output import LatentsOutput
    from .latents_to_image_invocation import LatentsToImageInvocation
    from .lineart_anime_edge_detection_invocation import LineartAnimeEdgeDetectionInvocation
    from .lineart_edge_detection_invocation import LineartEdgeDetectionInvocation
    from .llava_onevision_config import LlavaOnevisionConfig
    from .llava_onevision_config_submodels_type_0 import LlavaOnevisionConfigSubmodelsType0
    from .llava_onevision_vllm_invocation import LlavaOnevisionVllmInvocation
    from .lo_ra_collection_loader import LoRACollectionLoader
    from .lo_ra_diffusers_config import LoRADiffusersConfig
    from .lo_ra_diffusers_config_submodels_type_0 import LoRADiffusersConfigSubmodelsType0
    from .lo_ra_field import LoRAField
    from .lo_ra_loader_invocation import LoRALoaderInvocation
    from .lo_ra_loader_output import LoRALoaderOutput
    from .lo_ra_ly_coris_config import LoRALyCORISConfig
    from .lo_ra_ly_coris_config_submodels_type_0 import LoRALyCORISConfigSubmodelsType0
    from .lo_ra_metadata_field import LoRAMetadataField
    from .lo_ra_omi_config import LoRAOmiConfig
    from .lo_ra_omi_config_submodels_type_0 import LoRAOmiConfigSubmodelsType0
    from .lo_ra_selector_invocation import LoRASelectorInvocation
    from .lo_ra_selector_output import LoRASelectorOutput
    from .local_model_source import LocalModelSource
    from .log_level import LogLevel
    from .lora_model_default_settings import LoraModelDefaultSettings
    from .main_bnb_quantized_4b_checkpoint_config import MainBnbQuantized4BCheckpointConfig
    from .main_bnb_quantized_4b_checkpoint_config_submodels_type_0 import (
        MainBnbQuantized4BCheckpointConfigSubmodelsType0,
    )
    from .main_checkpoint_config import MainCheckpointConfig
    from .main_checkpoint_config_format import MainCheckpointConfigFormat
    from .main_checkpoint_config_submodels_type_0 import MainCheckpointConfigSubmodelsType0
    from .main_diffusers_config import MainDiffusersConfig
    from .main_diffusers_config_submodels_type_0 import MainDiffusersConfigSubmodelsType0
    from .main_gguf_checkpoint_config import MainGGUFCheckpointConfig
    from .main_gguf_checkpoint_config_submodels_type_0 import MainGGUFCheckpointConfigSubmodelsType0
    from .main_model_default_settings import MainModelDefaultSettings
    from .main_model_default_settings_scheduler_type_0 import MainModelDefaultSettingsSchedulerType0
    from .main_model_default_settings_vae_precision_type_0 import MainModelDefaultSettingsVaePrecisionType0
    from .main_model_loader_invocation import MainModelLoaderInvocation
    from .mask_combine_invocation import MaskCombineInvocation
    from .mask_edge_invocation import MaskEdgeInvocation
    from .mask_from_alpha_invocation import MaskFromAlphaInvocation
    from .mask_from_id_invocation import MaskFromIDInvocation
    from .mask_output import MaskOutput
    from .mask_tensor_to_image_invocation import MaskTensorToImageInvocation
    from .md_control_list_output import MDControlListOutput
    from .mdip_adapter_list_output import MDIPAdapterListOutput
    from .mdt2i_adapter_list_output import MDT2IAdapterListOutput
    from .media_pipe_face_detection_invocation import MediaPipeFaceDetectionInvocation
    from .merge_metadata_invocation import MergeMetadataInvocation
    from .merge_tiles_to_image_invocation import MergeTilesToImageInvocation
    from .merge_tiles_to_image_invocation_blend_mode import MergeTilesToImageInvocationBlendMode
    from .metadata_field import MetadataField
    from .metadata_field_extractor_invocation import MetadataFieldExtractorInvocation
    from .metadata_from_image_invocation import MetadataFromImageInvocation
    from .metadata_invocation import MetadataInvocation
    from .metadata_item_field import MetadataItemField
    from .metadata_item_invocation import MetadataItemInvocation
    from .metadata_item_linked_invocation import MetadataItemLinkedInvocation
    from .metadata_item_linked_invocation_label import MetadataItemLinkedInvocationLabel
    from .metadata_item_output import MetadataItemOutput
    from .metadata_output import MetadataOutput
    from .metadata_to_bool_collection_invocation import MetadataToBoolCollectionInvocation
    from .metadata_to_bool_collection_invocation_label import MetadataToBoolCollectionInvocationLabel
    from .metadata_to_bool_invocation import MetadataToBoolInvocation
    from .metadata_to_bool_invocation_label import MetadataToBoolInvocationLabel
    from .metadata_to_controlnets_invocation import MetadataToControlnetsInvocation
    from .metadata_to_float_collection_invocation import MetadataToFloatCollectionInvocation
    from .metadata_to_float_collection_invocation_label import MetadataToFloatCollectionInvocationLabel
    from .metadata_to_float_invocation import MetadataToFloatInvocation
    from .metadata_to_float_invocation_label import MetadataToFloatInvocationLabel
    from .metadata_to_integer_collection_invocation import MetadataToIntegerCollectionInvocation
    from .metadata_to_integer_collection_invocation_label import MetadataToIntegerCollectionInvocationLabel
    from .metadata_to_integer_invocation import MetadataToIntegerInvocation
    from .metadata_to_integer_invocation_label import MetadataToIntegerInvocationLabel
    from .metadata_to_ip_adapters_invocation import MetadataToIPAdaptersInvocation
    from .metadata_to_loras_collection_invocation import MetadataToLorasCollectionInvocation
    from .metadata_to_loras_collection_output import MetadataToLorasCollectionOutput
    from .metadata_to_loras_invocation import MetadataToLorasInvocation
    from .metadata_to_model_invocation import MetadataToModelInvocation
    from .metadata_to_model_invocation_label import MetadataToModelInvocationLabel
    from .metadata_to_model_output import MetadataToModelOutput
    from .metadata_to_scheduler_invocation import MetadataToSchedulerInvocation
    from .metadata_to_scheduler_invocation_default_value import MetadataToSchedulerInvocationDefaultValue
    from .metadata_to_scheduler_invocation_label import MetadataToSchedulerInvocationLabel
    from .metadata_to_sdxl_loras_invocation import MetadataToSDXLLorasInvocation
    from .metadata_to_sdxl_model_invocation import MetadataToSDXLModelInvocation
    from .metadata_to_sdxl_model_invocation_label import MetadataToSDXLModelInvocationLabel
    from .metadata_to_sdxl_model_output import MetadataToSDXLModelOutput
    from .metadata_to_string_collection_invocation import MetadataToStringCollectionInvocation
    from .metadata_to_string_collection_invocation_label import MetadataToStringCollectionInvocationLabel
    from .metadata_to_string_invocation import MetadataToStringInvocation
    from .metadata_to_string_invocation_label import MetadataToStringInvocationLabel
    from .metadata_to_t2i_adapters_invocation import MetadataToT2IAdaptersInvocation
    from .metadata_to_vae_invocation import MetadataToVAEInvocation
    from .metadata_to_vae_invocation_label import MetadataToVAEInvocationLabel
    from .mlsd_detection_invocation import MLSDDetectionInvocation
    from .model_identifier_field import ModelIdentifierField
    from .model_identifier_invocation import ModelIdentifierInvocation
    from .model_identifier_output import ModelIdentifierOutput
    from .model_install_cancelled_event import ModelInstallCancelledEvent
    from .model_install_complete_event import ModelInstallCompleteEvent
    from .model_install_download_progress_event import ModelInstallDownloadProgressEvent
    from .model_install_download_progress_event_parts_item import ModelInstallDownloadProgressEventPartsItem
    from .model_install_download_started_event import ModelInstallDownloadStartedEvent
    from .model_install_download_started_event_parts_item import ModelInstallDownloadStartedEventPartsItem
    from .model_install_downloads_complete_event import ModelInstallDownloadsCompleteEvent
    from .model_install_error_event import ModelInstallErrorEvent
    from .model_install_job import ModelInstallJob
    from .model_install_job_config_out_type_0 import ModelInstallJobConfigOutType0
    from .model_install_started_event import ModelInstallStartedEvent
    from .model_load_complete_event import ModelLoadCompleteEvent
    from .model_load_complete_event_config import ModelLoadCompleteEventConfig
    from .model_load_started_event import ModelLoadStartedEvent
    from .model_load_started_event_config import ModelLoadStartedEventConfig
    from .model_loader_output import ModelLoaderOutput
    from .model_record_changes import ModelRecordChanges
    from .model_relationship_batch_request import ModelRelationshipBatchRequest
    from .model_relationship_create_request import ModelRelationshipCreateRequest
    from .models_list import ModelsList
    from .models_list_models_item import ModelsListModelsItem
    from .multiply_invocation import MultiplyInvocation
    from .node_field_value import NodeFieldValue
    from .noise_invocation import NoiseInvocation
    from .noise_output import NoiseOutput
    from .normal_map_invocation import NormalMapInvocation
    from .offset_paginated_results_board_dto import OffsetPaginatedResultsBoardDTO
    from .offset_paginated_results_image_dto import OffsetPaginatedResultsImageDTO
    from .offset_paginated_results_video_dto import OffsetPaginatedResultsVideoDTO
    from .output_field_json_schema_extra import OutputFieldJSONSchemaExtra
    from .paginated_results_workflow_record_list_item_with_thumbnail_dto import (
        PaginatedResultsWorkflowRecordListItemWithThumbnailDTO,
    )
    from .pair_tile_image_invocation import PairTileImageInvocation
    from .pair_tile_image_output import PairTileImageOutput
    from .paste_image_into_bounding_box_invocation import PasteImageIntoBoundingBoxInvocation
    from .pi_di_net_edge_detection_invocation import PiDiNetEdgeDetectionInvocation
    from .preset_data import PresetData
    from .preset_type import PresetType
    from .progress_image import ProgressImage
    from .prompts_from_file_invocation import PromptsFromFileInvocation
    from .prune_result import PruneResult
    from .queue_cleared_event import QueueClearedEvent
    from .queue_item_status_changed_event import QueueItemStatusChangedEvent
    from .queue_item_status_changed_event_status import QueueItemStatusChangedEventStatus
    from .queue_items_retried_event import QueueItemsRetriedEvent
    from .random_float_invocation import RandomFloatInvocation
    from .random_int_invocation import RandomIntInvocation
    from .random_range_invocation import RandomRangeInvocation
    from .range_invocation import RangeInvocation
    from .range_of_size_invocation import RangeOfSizeInvocation
    from .rectangle_mask_invocation import RectangleMaskInvocation
    from .remote_model_file import RemoteModelFile
    from .remove_images_from_board_result import RemoveImagesFromBoardResult
    from .remove_videos_from_board_result import RemoveVideosFromBoardResult
    from .resize_latents_invocation import ResizeLatentsInvocation
    from .resize_latents_invocation_mode import ResizeLatentsInvocationMode
    from .resource_origin import ResourceOrigin
    from .retry_items_result import RetryItemsResult
    from .round_invocation import RoundInvocation
    from .sam_point import SAMPoint
    from .sam_point_label import SAMPointLabel
    from .sam_points_field import SAMPointsField
    from .save_image_invocation import SaveImageInvocation
    from .scale_latents_invocation import ScaleLatentsInvocation
    from .scale_latents_invocation_mode import ScaleLatentsInvocationMode
    from .scheduler_invocation import SchedulerInvocation
    from .scheduler_invocation_scheduler import SchedulerInvocationScheduler
    from .scheduler_output import SchedulerOutput
    from .scheduler_output_scheduler import SchedulerOutputScheduler
    from .sd3_conditioning_field import SD3ConditioningField
    from .sd3_conditioning_output import SD3ConditioningOutput
    from .sd3_denoise_invocation import SD3DenoiseInvocation
    from .sd3_image_to_latents_invocation import SD3ImageToLatentsInvocation
    from .sd3_latents_to_image_invocation import SD3LatentsToImageInvocation
    from .sd_3_model_loader_invocation import Sd3ModelLoaderInvocation
    from .sd_3_model_loader_output import Sd3ModelLoaderOutput
    from .sd_3_text_encoder_invocation import Sd3TextEncoderInvocation
    from .sdxl_compel_prompt_invocation import SDXLCompelPromptInvocation
    from .sdxl_lo_ra_collection_loader import SDXLLoRACollectionLoader
    from .sdxl_lo_ra_loader_invocation import SDXLLoRALoaderInvocation
    from .sdxl_lo_ra_loader_output import SDXLLoRALoaderOutput
    from .sdxl_model_loader_invocation import SDXLModelLoaderInvocation
    from .sdxl_model_loader_output import SDXLModelLoaderOutput
    from .sdxl_refiner_compel_prompt_invocation import SDXLRefinerCompelPromptInvocation
    from .sdxl_refiner_model_loader_invocation import SDXLRefinerModelLoaderInvocation
    from .sdxl_refiner_model_loader_output import SDXLRefinerModelLoaderOutput
    from .seamless_mode_invocation import SeamlessModeInvocation
    from .seamless_mode_output import SeamlessModeOutput
    from .segment_anything_invocation import SegmentAnythingInvocation
    from .segment_anything_invocation_mask_filter import SegmentAnythingInvocationMaskFilter
    from .segment_anything_invocation_model_type_0 import SegmentAnythingInvocationModelType0
    from .session_processor_status import SessionProcessorStatus
    from .session_queue_and_processor_status import SessionQueueAndProcessorStatus
    from .session_queue_counts_by_destination import SessionQueueCountsByDestination
    from .session_queue_item import SessionQueueItem
    from .session_queue_item_status import SessionQueueItemStatus
    from .session_queue_status import SessionQueueStatus
    from .show_image_invocation import ShowImageInvocation
    from .sig_lip_config import SigLIPConfig
    from .sig_lip_config_submodels_type_0 import SigLIPConfigSubmodelsType0
    from .spandrel_image_to_image_autoscale_invocation import SpandrelImageToImageAutoscaleInvocation
    from .spandrel_image_to_image_config import SpandrelImageToImageConfig
    from .spandrel_image_to_image_config_submodels_type_0 import SpandrelImageToImageConfigSubmodelsType0
    from .spandrel_image_to_image_invocation import SpandrelImageToImageInvocation
    from .sq_lite_direction import SQLiteDirection
    from .starred_images_result import StarredImagesResult
    from .starred_videos_result import StarredVideosResult
    from .starter_model import StarterModel
    from .starter_model_bundle import StarterModelBundle
    from .starter_model_response import StarterModelResponse
    from .starter_model_response_starter_bundles import StarterModelResponseStarterBundles
    from .starter_model_without_dependencies import StarterModelWithoutDependencies
    from .string_2_output import String2Output
    from .string_batch_invocation import StringBatchInvocation
    from .string_batch_invocation_batch_group import StringBatchInvocationBatchGroup
    from .string_collection_invocation import StringCollectionInvocation
    from .string_collection_output import StringCollectionOutput
    from .string_generator import StringGenerator
    from .string_generator_field import StringGeneratorField
    from .string_generator_output import StringGeneratorOutput
    from .string_invocation import StringInvocation
    from .string_join_invocation import StringJoinInvocation
    from .string_join_three_invocation import StringJoinThreeInvocation
    from .string_output import StringOutput
    from .string_pos_neg_output import StringPosNegOutput
    from .string_replace_invocation import StringReplaceInvocation
    from .string_split_invocation import StringSplitInvocation
    from .string_split_neg_invocation import StringSplitNegInvocation
    from .style_preset_record_with_image import StylePresetRecordWithImage
    from .submodel_definition import SubmodelDefinition
    from .subtract_invocation import SubtractInvocation
    from .t2i_adapter_config import T2IAdapterConfig
    from .t2i_adapter_config_submodels_type_0 import T2IAdapterConfigSubmodelsType0
    from .t2i_adapter_field import T2IAdapterField
    from .t2i_adapter_field_resize_mode import T2IAdapterFieldResizeMode
    from .t2i_adapter_invocation import T2IAdapterInvocation
    from .t2i_adapter_invocation_resize_mode import T2IAdapterInvocationResizeMode
    from .t2i_adapter_metadata_field import T2IAdapterMetadataField
    from .t2i_adapter_metadata_field_resize_mode import T2IAdapterMetadataFieldResizeMode
    from .t2i_adapter_output import T2IAdapterOutput
    from .t5_encoder_bnb_quantized_llm_int_8b_config import T5EncoderBnbQuantizedLlmInt8BConfig
    from .t5_encoder_bnb_quantized_llm_int_8b_config_submodels_type_0 import (
        T5EncoderBnbQuantizedLlmInt8BConfigSubmodelsType0,
    )
    from .t5_encoder_config import T5EncoderConfig
    from .t5_encoder_config_submodels_type_0 import T5EncoderConfigSubmodelsType0
    from .t5_encoder_field import T5EncoderField
    from .tblr import TBLR
    from .tensor_field import TensorField
    from .textual_inversion_file_config import TextualInversionFileConfig
    from .textual_inversion_file_config_submodels_type_0 import TextualInversionFileConfigSubmodelsType0
    from .textual_inversion_folder_config import TextualInversionFolderConfig
    from .textual_inversion_folder_config_submodels_type_0 import TextualInversionFolderConfigSubmodelsType0
    from .tile import Tile
    from .tile_to_properties_invocation import TileToPropertiesInvocation
    from .tile_to_properties_output import TileToPropertiesOutput
    from .tile_with_image import TileWithImage
    from .tiled_multi_diffusion_denoise_latents import TiledMultiDiffusionDenoiseLatents
    from .tiled_multi_diffusion_denoise_latents_scheduler import TiledMultiDiffusionDenoiseLatentsScheduler
    from .transformer_field import TransformerField
    from .u_net_field import UNetField
    from .u_net_output import UNetOutput
    from .ui_component import UIComponent
    from .ui_config_base import UIConfigBase
    from .ui_type import UIType
    from .unsharp_mask_invocation import UnsharpMaskInvocation
    from .unstarred_images_result import UnstarredImagesResult
    from .unstarred_videos_result import UnstarredVideosResult
    from .update_model_record_response_update_model_record import UpdateModelRecordResponseUpdateModelRecord
    from .upscaler import Upscaler
    from .url_model_source import URLModelSource
    from .url_regex_token_pair import URLRegexTokenPair
    from .vae_checkpoint_config import VAECheckpointConfig
    from .vae_checkpoint_config_format import VAECheckpointConfigFormat
    from .vae_checkpoint_config_submodels_type_0 import VAECheckpointConfigSubmodelsType0
    from .vae_diffusers_config import VAEDiffusersConfig
    from .vae_diffusers_config_submodels_type_0 import VAEDiffusersConfigSubmodelsType0
    from .vae_field import VAEField
    from .vae_loader_invocation import VAELoaderInvocation
    from .vae_output import VAEOutput
    from .validation_error import ValidationError
    from .validation_run_data import ValidationRunData
    from .video_api_model_config import VideoApiModelConfig
    from .video_api_model_config_submodels_type_0 import VideoApiModelConfigSubmodelsType0
    from .video_dto import VideoDTO
    from .video_field import VideoField
    from .video_ids_result import VideoIdsResult
    from .video_output import VideoOutput
    from .video_record_changes import VideoRecordChanges
    from .workflow import Workflow
    from .workflow_and_graph_response import WorkflowAndGraphResponse
    from .workflow_category import WorkflowCategory
    from .workflow_edges_item import WorkflowEdgesItem
    from .workflow_form_type_0 import WorkflowFormType0
    from .workflow_meta import WorkflowMeta
    from .workflow_nodes_item import WorkflowNodesItem
    from .workflow_record_dto import WorkflowRecordDTO
    from .workflow_record_list_item_with_thumbnail_dto import WorkflowRecordListItemWithThumbnailDTO
    from .workflow_record_order_by import WorkflowRecordOrderBy
    from .workflow_record_with_thumbnail_dto import WorkflowRecordWithThumbnailDTO
    from .workflow_without_id import WorkflowWithoutID
    from .workflow_without_id_edges_item import WorkflowWithoutIDEdgesItem
    from .workflow_without_id_form_type_0 import WorkflowWithoutIDFormType0
    from .workflow_without_id_nodes_item import WorkflowWithoutIDNodesItem

# exported name -> module (relative to this package) that defines it
_MODULE_OF: dict[str, str] = {
    "AddImagesToBoardResult": ".add_images_to_board_result",
    "AddInvocation": ".add_invocation",
    "AddVideosToBoardResult": ".add_videos_to_board_result",
    "AlphaMaskToTensorInvocation": ".alpha_mask_to_tensor_invocation",
    "ApiModelConfig": ".api_model_config",
    "ApiModelConfigSubmodelsType0": ".api_model_config_submodels_type_0",
    "AppConfig": ".app_config",
    "AppVersion": ".app_version",
    "ApplyMaskTensorToImageInvocation": ".apply_mask_tensor_to_image_invocation",
    "ApplyMaskToImageInvocation": ".apply_mask_to_image_invocation",
    "BaseMetadata": ".base_metadata",
    "Batch": ".batch",
    "BatchDatum": ".batch_datum",
    "BatchEnqueuedEvent": ".batch_enqueued_event",
    "BatchStatus": ".batch_status",
    "BlankImageInvocation": ".blank_image_invocation",
    "BlankImageInvocationMode": ".blank_image_invocation_mode",
    "BlendLatentsInvocation": ".blend_latents_invocation",
    "BoardChanges": ".board_changes",
    "BoardDTO": ".board_dto",
    "BoardField": ".board_field",
    "BoardRecordOrderBy": ".board_record_order_by",
    "BodyAddImageToBoard": ".body_add_image_to_board",
    "BodyAddImagesToBoard": ".body_add_images_to_board",
    "BodyAddVideosToBoard": ".body_add_videos_to_board",
    "BodyCancelByBatchIds": ".body_cancel_by_batch_ids",
    "BodyCreateImageUploadEntry": ".body_create_image_upload_entry",
    "BodyCreateStylePreset": ".body_create_style_preset",
    "BodyCreateWorkflow": ".body_create_workflow",
    "BodyDeleteImagesFromList": ".body_delete_images_from_list",
    "BodyDeleteVideosFromList": ".body_delete_videos_from_list",
    "BodyDoHfLogin": ".body_do_hf_login",
    "BodyDownload": ".body_download",
    "BodyDownloadImagesFromList": ".body_download_images_from_list",
    "BodyEnqueueBatch": ".body_enqueue_batch",
    "BodyGetImagesByNames": ".body_get_images_by_names",
    "BodyGetQueueItemsByItemIds": ".body_get_queue_items_by_item_ids",
    "BodyGetVideosByIds": ".body_get_videos_by_ids",
    "BodyImportStylePresets": ".body_import_style_presets",
    "BodyParseDynamicprompts": ".body_parse_dynamicprompts",
    "BodyRemoveImageFromBoard": ".body_remove_image_from_board",
    "BodyRemoveImagesFromBoard": ".body_remove_images_from_board",
    "BodyRemoveVideosFromBoard": ".body_remove_videos_from_board",
    "BodySetWorkflowThumbnail": ".body_set_workflow_thumbnail",
    "BodyStarImagesInList": ".body_star_images_in_list",
    "BodyStarVideosInList": ".body_star_videos_in_list",
    "BodyUnstarImagesInList": ".body_unstar_images_in_list",
    "BodyUnstarVideosInList": ".body_unstar_videos_in_list",
    "BodyUpdateModelImage": ".body_update_model_image",
    "BodyUpdateStylePreset": ".body_update_style_preset",
    "BodyUpdateWorkflow": ".body_update_workflow",
    "BodyUploadImage": ".body_upload_image",
    "BooleanCollectionInvocation": ".boolean_collection_invocation",
    "BooleanCollectionOutput": ".boolean_collection_output",
    "BooleanInvocation": ".boolean_invocation",
    "BooleanOutput": ".boolean_output",
    "BoundingBoxCollectionOutput": ".bounding_box_collection_output",
    "BoundingBoxField": ".bounding_box_field",
    "BoundingBoxInvocation": ".bounding_box_invocation",
    "BoundingBoxOutput": ".bounding_box_output",
    "BulkDownloadCompleteEvent": ".bulk_download_complete_event",
    "BulkDownloadErrorEvent": ".bulk_download_error_event",
    "BulkDownloadStartedEvent": ".bulk_download_started_event",
    "CacheStats": ".cache_stats",
    "CacheStatsLoadedModelSizes": ".cache_stats_loaded_model_sizes",
    "CalculateImageTilesEvenSplitInvocation": ".calculate_image_tiles_even_split_invocation",
    "CalculateImageTilesInvocation": ".calculate_image_tiles_invocation",
    "CalculateImageTilesMinimumOverlapInvocation": ".calculate_image_tiles_minimum_overlap_invocation",
    "CalculateImageTilesOutput": ".calculate_image_tiles_output",
    "CancelAllExceptCurrentResult": ".cancel_all_except_current_result",
    "CancelByBatchIDsResult": ".cancel_by_batch_i_ds_result",
    "CancelByDestinationResult": ".cancel_by_destination_result",
    "CannyEdgeDetectionInvocation": ".canny_edge_detection_invocation",
    "CanvasPasteBackInvocation": ".canvas_paste_back_invocation",
    "CanvasV2MaskAndCropInvocation": ".canvas_v2_mask_and_crop_invocation",
    "CenterPadCropInvocation": ".center_pad_crop_invocation",
    "Classification": ".classification",
    "ClearResult": ".clear_result",
    "CLIPField": ".clip_field",
    "CLIPOutput": ".clip_output",
    "CLIPSkipInvocation": ".clip_skip_invocation",
    "CLIPSkipInvocationOutput": ".clip_skip_invocation_output",
    "CLIPVisionDiffusersConfig": ".clip_vision_diffusers_config",
    "CLIPVisionDiffusersConfigSubmodelsType0": ".clip_vision_diffusers_config_submodels_type_0",
    "CLIPGEmbedDiffusersConfig": ".clipg_embed_diffusers_config",
    "CLIPGEmbedDiffusersConfigSubmodelsType0": ".clipg_embed_diffusers_config_submodels_type_0",
    "CLIPLEmbedDiffusersConfig": ".clipl_embed_diffusers_config",
    "CLIPLEmbedDiffusersConfigSubmodelsType0": ".clipl_embed_diffusers_config_submodels_type_0",
    "CogView4ConditioningField": ".cog_view_4_conditioning_field",
    "CogView4ConditioningOutput": ".cog_view_4_conditioning_output",
    "CogView4DenoiseInvocation": ".cog_view_4_denoise_invocation",
    "CogView4ImageToLatentsInvocation": ".cog_view_4_image_to_latents_invocation",
    "CogView4LatentsToImageInvocation": ".cog_view_4_latents_to_image_invocation",
    "CogView4ModelLoaderInvocation": ".cog_view_4_model_loader_invocation",
    "CogView4ModelLoaderOutput": ".cog_view_4_model_loader_output",
    "CogView4TextEncoderInvocation": ".cog_view_4_text_encoder_invocation",
    "CollectInvocation": ".collect_invocation",
    "CollectInvocationOutput": ".collect_invocation_output",
    "ColorCollectionOutput": ".color_collection_output",
    "ColorCorrectInvocation": ".color_correct_invocation",
    "ColorCorrectInvocationColorSpace": ".color_correct_invocation_color_space",
    "ColorField": ".color_field",
    "ColorInvocation": ".color_invocation",
    "ColorMapInvocation": ".color_map_invocation",
    "ColorOutput": ".color_output",
    "CompelInvocation": ".compel_invocation",
    "ConditioningCollectionInvocation": ".conditioning_collection_invocation",
    "ConditioningCollectionOutput": ".conditioning_collection_output",
    "ConditioningField": ".conditioning_field",
    "ConditioningInvocation": ".conditioning_invocation",
    "ConditioningOutput": ".conditioning_output",
    "ContentShuffleInvocation": ".content_shuffle_invocation",
    "ControlAdapterDefaultSettings": ".control_adapter_default_settings",
    "ControlField": ".control_field",
    "ControlFieldControlMode": ".control_field_control_mode",
    "ControlFieldResizeMode": ".control_field_resize_mode",
    "ControlLoRADiffusersConfig": ".control_lo_ra_diffusers_config",
    "ControlLoRADiffusersConfigSubmodelsType0": ".control_lo_ra_diffusers_config_submodels_type_0",
    "ControlLoRAField": ".control_lo_ra_field",
    "ControlLoRALyCORISConfig": ".control_lo_ra_ly_coris_config",
    "ControlLoRALyCORISConfigSubmodelsType0": ".control_lo_ra_ly_coris_config_submodels_type_0",
    "ControlNetCheckpointConfig": ".control_net_checkpoint_config",
    "ControlNetCheckpointConfigFormat": ".control_net_checkpoint_config_format",
    "ControlNetCheckpointConfigSubmodelsType0": ".control_net_checkpoint_config_submodels_type_0",
    "ControlNetDiffusersConfig": ".control_net_diffusers_config",
    "ControlNetDiffusersConfigSubmodelsType0": ".control_net_diffusers_config_submodels_type_0",
    "ControlNetInvocation": ".control_net_invocation",
    "ControlNetInvocationControlMode": ".control_net_invocation_control_mode",
    "ControlNetInvocationResizeMode": ".control_net_invocation_resize_mode",
    "ControlNetMetadataField": ".control_net_metadata_field",
    "ControlNetMetadataFieldControlMode": ".control_net_metadata_field_control_mode",
    "ControlNetMetadataFieldResizeMode": ".control_net_metadata_field_resize_mode",
    "ControlOutput": ".control_output",
    "ConvertModelResponseConvertModel": ".convert_model_response_convert_model",
    "CoreMetadataInvocation": ".core_metadata_invocation",
    "CoreMetadataInvocationGenerationModeType0": ".core_metadata_invocation_generation_mode_type_0",
    "CountsByCategoryResponseCountsByCategory": ".counts_by_category_response_counts_by_category",
    "CreateDenoiseMaskInvocation": ".create_denoise_mask_invocation",
    "CreateGradientMaskInvocation": ".create_gradient_mask_invocation",
    "CreateGradientMaskInvocationCoherenceMode": ".create_gradient_mask_invocation_coherence_mode",
    "CropImageToBoundingBoxInvocation": ".crop_image_to_bounding_box_invocation",
    "CropLatentsCoreInvocation": ".crop_latents_core_invocation",
    "CV2InfillInvocation": ".cv2_infill_invocation",
    "CvInpaintInvocation": ".cv_inpaint_invocation",
    "DeleteAllExceptCurrentResult": ".delete_all_except_current_result",
    "DeleteBoardResult": ".delete_board_result",
    "DeleteByDestinationResult": ".delete_by_destination_result",
    "DeleteImagesResult": ".delete_images_result",
    "DeleteVideosResult": ".delete_videos_result",
    "DenoiseLatentsInvocation": ".denoise_latents_invocation",
    "DenoiseLatentsInvocationScheduler": ".denoise_latents_invocation_scheduler",
    "DenoiseLatentsMetaInvocation": ".denoise_latents_meta_invocation",
    "DenoiseLatentsMetaInvocationScheduler": ".denoise_latents_meta_invocation_scheduler",
    "DenoiseMaskField": ".denoise_mask_field",
    "DenoiseMaskOutput": ".denoise_mask_output",
    "DepthAnythingDepthEstimationInvocation": ".depth_anything_depth_estimation_invocation",
    "DepthAnythingDepthEstimationInvocationModelSize": ".depth_anything_depth_estimation_invocation_model_size",
    "DivideInvocation": ".divide_invocation",
    "DownloadCancelledEvent": ".download_cancelled_event",
    "DownloadCompleteEvent": ".download_complete_event",
    "DownloadErrorEvent": ".download_error_event",
    "DownloadJob": ".download_job",
    "DownloadJobStatus": ".download_job_status",
    "DownloadProgressEvent": ".download_progress_event",
    "DownloadStartedEvent": ".download_started_event",
    "DWOpenposeDetectionInvocation": ".dw_openpose_detection_invocation",
    "DynamicPromptInvocation": ".dynamic_prompt_invocation",
    "DynamicPromptsResponse": ".dynamic_prompts_response",
    "Edge": ".edge",
    "EdgeConnection": ".edge_connection",
    "EnqueueBatchResult": ".enqueue_batch_result",
    "ESRGANInvocation": ".esrgan_invocation",
    "ESRGANInvocationModelName": ".esrgan_invocation_model_name",
    "ExpandMaskWithFadeInvocation": ".expand_mask_with_fade_invocation",
    "ExposedField": ".exposed_field",
    "FaceIdentifierInvocation": ".face_identifier_invocation",
    "FaceMaskInvocation": ".face_mask_invocation",
    "FaceMaskOutput": ".face_mask_output",
    "FaceOffInvocation": ".face_off_invocation",
    "FaceOffOutput": ".face_off_output",
    "FieldIdentifier": ".field_identifier",
    "FieldIdentifierKind": ".field_identifier_kind",
    "FieldKind": ".field_kind",
    "FloatBatchInvocation": ".float_batch_invocation",
    "FloatBatchInvocationBatchGroup": ".float_batch_invocation_batch_group",
    "FloatCollectionInvocation": ".float_collection_invocation",
    "FloatCollectionOutput": ".float_collection_output",
    "FloatGenerator": ".float_generator",
    "FloatGeneratorField": ".float_generator_field",
    "FloatGeneratorOutput": ".float_generator_output",
    "FloatInvocation": ".float_invocation",
    "FloatLinearRangeInvocation": ".float_linear_range_invocation",
    "FloatMathInvocation": ".float_math_invocation",
    "FloatMathInvocationOperation": ".float_math_invocation_operation",
    "FloatOutput": ".float_output",
    "FloatToIntegerInvocation": ".float_to_integer_invocation",
    "FloatToIntegerInvocationMethod": ".float_to_integer_invocation_method",
    "FluxConditioningCollectionOutput": ".flux_conditioning_collection_output",
    "FluxConditioningField": ".flux_conditioning_field",
    "FluxConditioningOutput": ".flux_conditioning_output",
    "FluxControlLoRALoaderInvocation": ".flux_control_lo_ra_loader_invocation",
    "FluxControlLoRALoaderOutput": ".flux_control_lo_ra_loader_output",
    "FluxControlNetField": ".flux_control_net_field",
    "FluxControlNetFieldResizeMode": ".flux_control_net_field_resize_mode",
    "FluxControlNetInvocation": ".flux_control_net_invocation",
    "FluxControlNetInvocationResizeMode": ".flux_control_net_invocation_resize_mode",
    "FluxControlNetOutput": ".flux_control_net_output",
    "FluxDenoiseInvocation": ".flux_denoise_invocation",
    "FluxDenoiseLatentsMetaInvocation": ".flux_denoise_latents_meta_invocation",
    "FluxFillConditioningField": ".flux_fill_conditioning_field",
    "FluxFillInvocation": ".flux_fill_invocation",
    "FluxFillOutput": ".flux_fill_output",
    "FluxIPAdapterInvocation": ".flux_ip_adapter_invocation",
    "FluxKontextConcatenateImagesInvocation": ".flux_kontext_concatenate_images_invocation",
    "FluxKontextConditioningField": ".flux_kontext_conditioning_field",
    "FluxKontextInvocation": ".flux_kontext_invocation",
    "FluxKontextOutput": ".flux_kontext_output",
    "FLUXLoRACollectionLoader": ".flux_lo_ra_collection_loader",
    "FluxLoRALoaderInvocation": ".flux_lo_ra_loader_invocation",
    "FluxLoRALoaderOutput": ".flux_lo_ra_loader_output",
    "FluxModelLoaderInvocation": ".flux_model_loader_invocation",
    "FluxModelLoaderOutput": ".flux_model_loader_output",
    "FluxModelLoaderOutputMaxSeqLength": ".flux_model_loader_output_max_seq_length",
    "FluxReduxConditioningField": ".flux_redux_conditioning_field",
    "FluxReduxConfig": ".flux_redux_config",
    "FluxReduxConfigSubmodelsType0": ".flux_redux_config_submodels_type_0",
    "FluxReduxInvocation": ".flux_redux_invocation",
    "FluxReduxInvocationDownsamplingFunction": ".flux_redux_invocation_downsampling_function",
    "FluxReduxOutput": ".flux_redux_output",
    "FluxTextEncoderInvocation": ".flux_text_encoder_invocation",
    "FluxTextEncoderInvocationT5MaxSeqLenType0": ".flux_text_encoder_invocation_t5_max_seq_len_type_0",
    "FluxVaeDecodeInvocation": ".flux_vae_decode_invocation",
    "FluxVaeEncodeInvocation": ".flux_vae_encode_invocation",
    "FoundModel": ".found_model",
    "FreeUConfig": ".free_u_config",
    "FreeUInvocation": ".free_u_invocation",
    "GetAppDepsResponseGetAppDeps": ".get_app_deps_response_get_app_deps",
    "GetCountsByTagResponseGetCountsByTag": ".get_counts_by_tag_response_get_counts_by_tag",
    "GetMaskBoundingBoxInvocation": ".get_mask_bounding_box_invocation",
    "GetModelRecordResponseGetModelRecord": ".get_model_record_response_get_model_record",
    "GetModelRecordsByAttrsResponseGetModelRecordsByAttrs": ".get_model_records_by_attrs_response_get_model_records_by_attrs",
    "GlmEncoderField": ".glm_encoder_field",
    "GradientMaskOutput": ".gradient_mask_output",
    "Graph": ".graph",
    "GraphExecutionState": ".graph_execution_state",
    "GraphExecutionStateErrors": ".graph_execution_state_errors",
    "GraphExecutionStatePreparedSourceMapping": ".graph_execution_state_prepared_source_mapping",
    "GraphExecutionStateResults": ".graph_execution_state_results",
    "GraphExecutionStateResultsAdditionalProperty": ".graph_execution_state_results_additional_property",
    "GraphExecutionStateSourcePreparedMapping": ".graph_execution_state_source_prepared_mapping",
    "GraphNodes": ".graph_nodes",
    "GraphNodesAdditionalProperty": ".graph_nodes_additional_property",
    "GroundingDinoInvocation": ".grounding_dino_invocation",
    "GroundingDinoInvocationModelType0": ".grounding_dino_invocation_model_type_0",
    "HEDEdgeDetectionInvocation": ".hed_edge_detection_invocation",
    "HeuristicResizeInvocation": ".heuristic_resize_invocation",
    "HFModelSource": ".hf_model_source",
    "HFTokenStatus": ".hf_token_status",
    "HTTPValidationError": ".http_validation_error",
    "HuggingFaceMetadata": ".hugging_face_metadata",
    "HuggingFaceModels": ".hugging_face_models",
    "IdealSizeInvocation": ".ideal_size_invocation",
    "IdealSizeOutput": ".ideal_size_output",
    "ImageBatchInvocation": ".image_batch_invocation",
    "ImageBatchInvocationBatchGroup": ".image_batch_invocation_batch_group",
    "ImageBlurInvocation": ".image_blur_invocation",
    "ImageBlurInvocationBlurType": ".image_blur_invocation_blur_type",
    "ImageCategory": ".image_category",
    "ImageChannelInvocation": ".image_channel_invocation",
    "ImageChannelInvocationChannel": ".image_channel_invocation_channel",
    "ImageChannelMultiplyInvocation": ".image_channel_multiply_invocation",
    "ImageChannelMultiplyInvocationChannelType0": ".image_channel_multiply_invocation_channel_type_0",
    "ImageChannelOffsetInvocation": ".image_channel_offset_invocation",
    "ImageChannelOffsetInvocationChannelType0": ".image_channel_offset_invocation_channel_type_0",
    "ImageCollectionInvocation": ".image_collection_invocation",
    "ImageCollectionOutput": ".image_collection_output",
    "ImageConvertInvocation": ".image_convert_invocation",
    "ImageConvertInvocationMode": ".image_convert_invocation_mode",
    "ImageCropInvocation": ".image_crop_invocation",
    "ImageDTO": ".image_dto",
    "ImageField": ".image_field",
    "ImageGenerator": ".image_generator",
    "ImageGeneratorField": ".image_generator_field",
    "ImageGeneratorOutput": ".image_generator_output",
    "ImageHueAdjustmentInvocation": ".image_hue_adjustment_invocation",
    "ImageInverseLerpInvocation": ".image_inverse_lerp_invocation",
    "ImageInvocation": ".image_invocation",
    "ImageLerpInvocation": ".image_lerp_invocation",
    "ImageMaskToTensorInvocation": ".image_mask_to_tensor_invocation",
    "ImageMultiplyInvocation": ".image_multiply_invocation",
    "ImageNamesResult": ".image_names_result",
    "ImageNoiseInvocation": ".image_noise_invocation",
    "ImageNoiseInvocationNoiseType": ".image_noise_invocation_noise_type",
    "ImageNSFWBlurInvocation": ".image_nsfw_blur_invocation",
    "ImageOutput": ".image_output",
    "ImagePanelCoordinateOutput": ".image_panel_coordinate_output",
    "ImagePanelLayoutInvocation": ".image_panel_layout_invocation",
    "ImagePasteInvocation": ".image_paste_invocation",
    "ImageRecordChanges": ".image_record_changes",
    "ImageResizeInvocation": ".image_resize_invocation",
    "ImageResizeInvocationResampleMode": ".image_resize_invocation_resample_mode",
    "ImageScaleInvocation": ".image_scale_invocation",
    "ImageScaleInvocationResampleMode": ".image_scale_invocation_resample_mode",
    "ImageToLatentsInvocation": ".image_to_latents_invocation",
    "ImageUploadEntry": ".image_upload_entry",
    "ImageUrlsDTO": ".image_urls_dto",
    "ImageWatermarkInvocation": ".image_watermark_invocation",
    "ImagesDownloaded": ".images_downloaded",
    "InfillColorInvocation": ".infill_color_invocation",
    "InfillPatchMatchInvocation": ".infill_patch_match_invocation",
    "InfillPatchMatchInvocationResampleMode": ".infill_patch_match_invocation_resample_mode",
    "InfillTileInvocation": ".infill_tile_invocation",
    "Input": ".input_",
    "InputFieldJSONSchemaExtra": ".input_field_json_schema_extra",
    "InputFieldJSONSchemaExtraUiChoiceLabelsType0": ".input_field_json_schema_extra_ui_choice_labels_type_0",
    "InstallStatus": ".install_status",
    "IntegerBatchInvocation": ".integer_batch_invocation",
    "IntegerBatchInvocationBatchGroup": ".integer_batch_invocation_batch_group",
    "IntegerCollectionInvocation": ".integer_collection_invocation",
    "IntegerCollectionOutput": ".integer_collection_output",
    "IntegerGenerator": ".integer_generator",
    "IntegerGeneratorField": ".integer_generator_field",
    "IntegerGeneratorOutput": ".integer_generator_output",
    "IntegerInvocation": ".integer_invocation",
    "IntegerMathInvocation": ".integer_math_invocation",
    "IntegerMathInvocationOperation": ".integer_math_invocation_operation",
    "IntegerOutput": ".integer_output",
    "InvertTensorMaskInvocation": ".invert_tensor_mask_invocation",
    "InvocationCacheStatus": ".invocation_cache_status",
    "InvocationCompleteEvent": ".invocation_complete_event",
    "InvocationCompleteEventInvocation": ".invocation_complete_event_invocation",
    "InvocationCompleteEventResult": ".invocation_complete_event_result",
    "InvocationErrorEvent": ".invocation_error_event",
    "InvocationErrorEventInvocation": ".invocation_error_event_invocation",
    "InvocationOutputMap": ".invocation_output_map",
    "InvocationProgressEvent": ".invocation_progress_event",
    "InvocationProgressEventInvocation": ".invocation_progress_event_invocation",
    "InvocationStartedEvent": ".invocation_started_event",
    "InvocationStartedEventInvocation": ".invocation_started_event_invocation",
    "InvokeAdjustImageHuePlusInvocation": ".invoke_adjust_image_hue_plus_invocation",
    "InvokeAdjustImageHuePlusInvocationSpace": ".invoke_adjust_image_hue_plus_invocation_space",
    "InvokeAIAppConfig": ".invoke_ai_app_config",
    "InvokeAIAppConfigAttentionSliceSizeType0": ".invoke_ai_app_config_attention_slice_size_type_0",
    "InvokeAIAppConfigAttentionSliceSizeType1": ".invoke_ai_app_config_attention_slice_size_type_1",
    "InvokeAIAppConfigAttentionType": ".invoke_ai_app_config_attention_type",
    "InvokeAIAppConfigHashingAlgorithm": ".invoke_ai_app_config_hashing_algorithm",
    "InvokeAIAppConfigLogFormat": ".invoke_ai_app_config_log_format",
    "InvokeAIAppConfigLogLevel": ".invoke_ai_app_config_log_level",
    "InvokeAIAppConfigLogLevelNetwork": ".invoke_ai_app_config_log_level_network",
    "InvokeAIAppConfigPrecision": ".invoke_ai_app_config_precision",
    "InvokeAIAppConfigWithSetFields": ".invoke_ai_app_config_with_set_fields",
    "InvokeEquivalentAchromaticLightnessInvocation": ".invoke_equivalent_achromatic_lightness_invocation",
    "InvokeImageBlendInvocation": ".invoke_image_blend_invocation",
    "InvokeImageBlendInvocationBlendMode": ".invoke_image_blend_invocation_blend_mode",
    "InvokeImageBlendInvocationColorSpace": ".invoke_image_blend_invocation_color_space",
    "InvokeImageCompositorInvocation": ".invoke_image_compositor_invocation",
    "InvokeImageDilateOrErodeInvocation": ".invoke_image_dilate_or_erode_invocation",
    "InvokeImageDilateOrErodeInvocationMode": ".invoke_image_dilate_or_erode_invocation_mode",
    "InvokeImageEnhanceInvocation": ".invoke_image_enhance_invocation",
    "InvokeImageValueThresholdsInvocation": ".invoke_image_value_thresholds_invocation",
    "IPAdapterCheckpointConfig": ".ip_adapter_checkpoint_config",
    "IPAdapterCheckpointConfigSubmodelsType0": ".ip_adapter_checkpoint_config_submodels_type_0",
    "IPAdapterField": ".ip_adapter_field",
    "IPAdapterInvocation": ".ip_adapter_invocation",
    "IPAdapterInvocationClipVisionModel": ".ip_adapter_invocation_clip_vision_model",
    "IPAdapterInvocationMethod": ".ip_adapter_invocation_method",
    "IPAdapterInvokeAIConfig": ".ip_adapter_invoke_ai_config",
    "IPAdapterInvokeAIConfigSubmodelsType0": ".ip_adapter_invoke_ai_config_submodels_type_0",
    "IPAdapterMetadataField": ".ip_adapter_metadata_field",
    "IPAdapterMetadataFieldClipVisionModel": ".ip_adapter_metadata_field_clip_vision_model",
    "IPAdapterMetadataFieldMethod": ".ip_adapter_metadata_field_method",
    "IPAdapterOutput": ".ip_adapter_output",
    "ItemIdsResult": ".item_ids_result",
    "IterateInvocation": ".iterate_invocation",
    "IterateInvocationOutput": ".iterate_invocation_output",
    "LaMaInfillInvocation": ".la_ma_infill_invocation",
    "LatentsCollectionInvocation": ".latents_collection_invocation",
    "LatentsCollectionOutput": ".latents_collection_output",
    "LatentsField": ".latents_field",
    "LatentsInvocation": ".latents_invocation",
    "LatentsMetaOutput": ".latents_meta_output",
    "LatentsOutput": ".latents_output",
    "LatentsToImageInvocation": ".latents_to_image_invocation",
    "LineartAnimeEdgeDetectionInvocation": ".lineart_anime_edge_detection_invocation",
    "LineartEdgeDetectionInvocation": ".lineart_edge_detection_invocation",
    "LlavaOnevisionConfig": ".llava_onevision_config",
    "LlavaOnevisionConfigSubmodelsType0": ".llava_onevision_config_submodels_type_0",
    "LlavaOnevisionVllmInvocation": ".llava_onevision_vllm_invocation",
    "LoRACollectionLoader": ".lo_ra_collection_loader",
    "LoRADiffusersConfig": ".lo_ra_diffusers_config",
    "LoRADiffusersConfigSubmodelsType0": ".lo_ra_diffusers_config_submodels_type_0",
    "LoRAField": ".lo_ra_field",
    "LoRALoaderInvocation": ".lo_ra_loader_invocation",
    "LoRALoaderOutput": ".lo_ra_loader_output",
    "LoRALyCORISConfig": ".lo_ra_ly_coris_config",
    "LoRALyCORISConfigSubmodelsType0": ".lo_ra_ly_coris_config_submodels_type_0",
    "LoRAMetadataField": ".lo_ra_metadata_field",
    "LoRAOmiConfig": ".lo_ra_omi_config",
    "LoRAOmiConfigSubmodelsType0": ".lo_ra_omi_config_submodels_type_0",
    "LoRASelectorInvocation": ".lo_ra_selector_invocation",
    "LoRASelectorOutput": ".lo_ra_selector_output",
    "LocalModelSource": ".local_model_source",
    "LogLevel": ".log_level",
    "LoraModelDefaultSettings": ".lora_model_default_settings",
    "MainBnbQuantized4BCheckpointConfig": ".main_bnb_quantized_4b_checkpoint_config",
    "MainBnbQuantized4BCheckpointConfigSubmodelsType0": ".main_bnb_quantized_4b_checkpoint_config_submodels_type_0",
    "MainCheckpointConfig": ".main_checkpoint_config",
    "MainCheckpointConfigFormat": ".main_checkpoint_config_format",
    "MainCheckpointConfigSubmodelsType0": ".main_checkpoint_config_submodels_type_0",
    "MainDiffusersConfig": ".main_diffusers_config",
    "MainDiffusersConfigSubmodelsType0": ".main_diffusers_config_submodels_type_0",
    "MainGGUFCheckpointConfig": ".main_gguf_checkpoint_config",
    "MainGGUFCheckpointConfigSubmodelsType0": ".main_gguf_checkpoint_config_submodels_type_0",
    "MainModelDefaultSettings": ".main_model_default_settings",
    "MainModelDefaultSettingsSchedulerType0": ".main_model_default_settings_scheduler_type_0",
    "MainModelDefaultSettingsVaePrecisionType0": ".main_model_default_settings_vae_precision_type_0",
    "MainModelLoaderInvocation": ".main_model_loader_invocation",
    "MaskCombineInvocation": ".mask_combine_invocation",
    "MaskEdgeInvocation": ".mask_edge_invocation",
    "MaskFromAlphaInvocation": ".mask_from_alpha_invocation",
    "MaskFromIDInvocation": ".mask_from_id_invocation",
    "MaskOutput": ".mask_output",
    "MaskTensorToImageInvocation": ".mask_tensor_to_image_invocation",
    "MDControlListOutput": ".md_control_list_output",
    "MDIPAdapterListOutput": ".mdip_adapter_list_output",
    "MDT2IAdapterListOutput": ".mdt2i_adapter_list_output",
    "MediaPipeFaceDetectionInvocation": ".media_pipe_face_detection_invocation",
    "MergeMetadataInvocation": ".merge_metadata_invocation",
    "MergeTilesToImageInvocation": ".merge_tiles_to_image_invocation",
    "MergeTilesToImageInvocationBlendMode": ".merge_tiles_to_image_invocation_blend_mode",
    "MetadataField": ".metadata_field",
    "MetadataFieldExtractorInvocation": ".metadata_field_extractor_invocation",
    "MetadataFromImageInvocation": ".metadata_from_image_invocation",
    "MetadataInvocation": ".metadata_invocation",
    "MetadataItemField": ".metadata_item_field",
    "MetadataItemInvocation": ".metadata_item_invocation",
    "MetadataItemLinkedInvocation": ".metadata_item_linked_invocation",
    "MetadataItemLinkedInvocationLabel": ".metadata_item_linked_invocation_label",
    "MetadataItemOutput": ".metadata_item_output",
    "MetadataOutput": ".metadata_output",
    "MetadataToBoolCollectionInvocation": ".metadata_to_bool_collection_invocation",
    "MetadataToBoolCollectionInvocationLabel": ".metadata_to_bool_collection_invocation_label",
    "MetadataToBoolInvocation": ".metadata_to_bool_invocation",
    "MetadataToBoolInvocationLabel": ".metadata_to_bool_invocation_label",
    "MetadataToControlnetsInvocation": ".metadata_to_controlnets_invocation",
    "MetadataToFloatCollectionInvocation": ".metadata_to_float_collection_invocation",
    "MetadataToFloatCollectionInvocationLabel": ".metadata_to_float_collection_invocation_label",
    "MetadataToFloatInvocation": ".metadata_to_float_invocation",
    "MetadataToFloatInvocationLabel": ".metadata_to_float_invocation_label",
    "MetadataToIntegerCollectionInvocation": ".metadata_to_integer_collection_invocation",
    "MetadataToIntegerCollectionInvocationLabel": ".metadata_to_integer_collection_invocation_label",
    "MetadataToIntegerInvocation": ".metadata_to_integer_invocation",
    "MetadataToIntegerInvocationLabel": ".metadata_to_integer_invocation_label",
    "MetadataToIPAdaptersInvocation": ".metadata_to_ip_adapters_invocation",
    "MetadataToLorasCollectionInvocation": ".metadata_to_loras_collection_invocation",
    "MetadataToLorasCollectionOutput": ".metadata_to_loras_collection_output",
    "MetadataToLorasInvocation": ".metadata_to_loras_invocation",
    "MetadataToModelInvocation": ".metadata_to_model_invocation",
    "MetadataToModelInvocationLabel": ".metadata_to_model_invocation_label",
    "MetadataToModelOutput": ".metadata_to_model_output",
    "MetadataToSchedulerInvocation": ".metadata_to_scheduler_invocation",
    "MetadataToSchedulerInvocationDefaultValue": ".metadata_to_scheduler_invocation_default_value",
    "MetadataToSchedulerInvocationLabel": ".metadata_to_scheduler_invocation_label",
    "MetadataToSDXLLorasInvocation": ".metadata_to_sdxl_loras_invocation",
    "MetadataToSDXLModelInvocation": ".metadata_to_sdxl_model_invocation",
    "MetadataToSDXLModelInvocationLabel": ".metadata_to_sdxl_model_invocation_label",
    "MetadataToSDXLModelOutput": ".metadata_to_sdxl_model_output",
    "MetadataToStringCollectionInvocation": ".metadata_to_string_collection_invocation",
    "MetadataToStringCollectionInvocationLabel": ".metadata_to_string_collection_invocation_label",
    "MetadataToStringInvocation": ".metadata_to_string_invocation",
    "MetadataToStringInvocationLabel": ".metadata_to_string_invocation_label",
    "MetadataToT2IAdaptersInvocation": ".metadata_to_t2i_adapters_invocation",
    "MetadataToVAEInvocation": ".metadata_to_vae_invocation",
    "MetadataToVAEInvocationLabel": ".metadata_to_vae_invocation_label",
    "MLSDDetectionInvocation": ".mlsd_detection_invocation",
    "ModelIdentifierField": ".model_identifier_field",
    "ModelIdentifierInvocation": ".model_identifier_invocation",
    "ModelIdentifierOutput": ".model_identifier_output",
    "ModelInstallCancelledEvent": ".model_install_cancelled_event",
    "ModelInstallCompleteEvent": ".model_install_complete_event",
    "ModelInstallDownloadProgressEvent": ".model_install_download_progress_event",
    "ModelInstallDownloadProgressEventPartsItem": ".model_install_download_progress_event_parts_item",
    "ModelInstallDownloadStartedEvent": ".model_install_download_started_event",
    "ModelInstallDownloadStartedEventPartsItem": ".model_install_download_started_event_parts_item",
    "ModelInstallDownloadsCompleteEvent": ".model_install_downloads_complete_event",
    "ModelInstallErrorEvent": ".model_install_error_event",
    "ModelInstallJob": ".model_install_job",
    "ModelInstallJobConfigOutType0": ".model_install_job_config_out_type_0",
    "ModelInstallStartedEvent": ".model_install_started_event",
    "ModelLoadCompleteEvent": ".model_load_complete_event",
    "ModelLoadCompleteEventConfig": ".model_load_complete_event_config",
    "ModelLoadStartedEvent": ".model_load_started_event",
    "ModelLoadStartedEventConfig": ".model_load_started_event_config",
    "ModelLoaderOutput": ".model_loader_output",
    "ModelRecordChanges": ".model_record_changes",
    "ModelRelationshipBatchRequest": ".model_relationship_batch_request",
    "ModelRelationshipCreateRequest": ".model_relationship_create_request",
    "ModelsList": ".models_list",
    "ModelsListModelsItem": ".models_list_models_item",
    "MultiplyInvocation": ".multiply_invocation",
    "NodeFieldValue": ".node_field_value",
    "NoiseInvocation": ".noise_invocation",
    "NoiseOutput": ".noise_output",
    "NormalMapInvocation": ".normal_map_invocation",
    "OffsetPaginatedResultsBoardDTO": ".offset_paginated_results_board_dto",
    "OffsetPaginatedResultsImageDTO": ".offset_paginated_results_image_dto",
    "OffsetPaginatedResultsVideoDTO": ".offset_paginated_results_video_dto",
    "OutputFieldJSONSchemaExtra": ".output_field_json_schema_extra",
    "PaginatedResultsWorkflowRecordListItemWithThumbnailDTO": ".paginated_results_workflow_record_list_item_with_thumbnail_dto",
    "PairTileImageInvocation": ".pair_tile_image_invocation",
    "PairTileImageOutput": ".pair_tile_image_output",
    "PasteImageIntoBoundingBoxInvocation": ".paste_image_into_bounding_box_invocation",
    "PiDiNetEdgeDetectionInvocation": ".pi_di_net_edge_detection_invocation",
    "PresetData": ".preset_data",
    "PresetType": ".preset_type",
    "ProgressImage": ".progress_image",
    "PromptsFromFileInvocation": ".prompts_from_file_invocation",
    "PruneResult": ".prune_result",
    "QueueClearedEvent": ".queue_cleared_event",
    "QueueItemStatusChangedEvent": ".queue_item_status_changed_event",
    "QueueItemStatusChangedEventStatus": ".queue_item_status_changed_event_status",
    "QueueItemsRetriedEvent": ".queue_items_retried_event",
    "RandomFloatInvocation": ".random_float_invocation",
    "RandomIntInvocation": ".random_int_invocation",
    "RandomRangeInvocation": ".random_range_invocation",
    "RangeInvocation": ".range_invocation",
    "RangeOfSizeInvocation": ".range_of_size_invocation",
    "RectangleMaskInvocation": ".rectangle_mask_invocation",
    "RemoteModelFile": ".remote_model_file",
    "RemoveImagesFromBoardResult": ".remove_images_from_board_result",
    "RemoveVideosFromBoardResult": ".remove_videos_from_board_result",
    "ResizeLatentsInvocation": ".resize_latents_invocation",
    "ResizeLatentsInvocationMode": ".resize_latents_invocation_mode",
    "ResourceOrigin": ".resource_origin",
    "RetryItemsResult": ".retry_items_result",
    "RoundInvocation": ".round_invocation",
    "SAMPoint": ".sam_point",
    "SAMPointLabel": ".sam_point_label",
    "SAMPointsField": ".sam_points_field",
    "SaveImageInvocation": ".save_image_invocation",
    "ScaleLatentsInvocation": ".scale_latents_invocation",
    "ScaleLatentsInvocationMode": ".scale_latents_invocation_mode",
    "SchedulerInvocation": ".scheduler_invocation",
    "SchedulerInvocationScheduler": ".scheduler_invocation_scheduler",
    "SchedulerOutput": ".scheduler_output",
    "SchedulerOutputScheduler": ".scheduler_output_scheduler",
    "SD3ConditioningField": ".sd3_conditioning_field",
    "SD3ConditioningOutput": ".sd3_conditioning_output",
    "SD3DenoiseInvocation": ".sd3_denoise_invocation",
    "SD3ImageToLatentsInvocation": ".sd3_image_to_latents_invocation",
    "SD3LatentsToImageInvocation": ".sd3_latents_to_image_invocation",
    "Sd3ModelLoaderInvocation": ".sd_3_model_loader_invocation",
    "Sd3ModelLoaderOutput": ".sd_3_model_loader_output",
    "Sd3TextEncoderInvocation": ".sd_3_text_encoder_invocation",
    "SDXLCompelPromptInvocation": ".sdxl_compel_prompt_invocation",
    "SDXLLoRACollectionLoader": ".sdxl_lo_ra_collection_loader",
    "SDXLLoRALoaderInvocation": ".sdxl_lo_ra_loader_invocation",
    "SDXLLoRALoaderOutput": ".sdxl_lo_ra_loader_output",
    "SDXLModelLoaderInvocation": ".sdxl_model_loader_invocation",
    "SDXLModelLoaderOutput": ".sdxl_model_loader_output",
    "SDXLRefinerCompelPromptInvocation": ".sdxl_refiner_compel_prompt_invocation",
    "SDXLRefinerModelLoaderInvocation": ".sdxl_refiner_model_loader_invocation",
    "SDXLRefinerModelLoaderOutput": ".sdxl_refiner_model_loader_output",
    "SeamlessModeInvocation": ".seamless_mode_invocation",
    "SeamlessModeOutput": ".seamless_mode_output",
    "SegmentAnythingInvocation": ".segment_anything_invocation",
    "SegmentAnythingInvocationMaskFilter": ".segment_anything_invocation_mask_filter",
    "SegmentAnythingInvocationModelType0": ".segment_anything_invocation_model_type_0",
    "SessionProcessorStatus": ".session_processor_status",
    "SessionQueueAndProcessorStatus": ".session_queue_and_processor_status",
    "SessionQueueCountsByDestination": ".session_queue_counts_by_destination",
    "SessionQueueItem": ".session_queue_item",
    "SessionQueueItemStatus": ".session_queue_item_status",
    "SessionQueueStatus": ".session_queue_status",
    "ShowImageInvocation": ".show_image_invocation",
    "SigLIPConfig": ".sig_lip_config",
    "SigLIPConfigSubmodelsType0": ".sig_lip_config_submodels_type_0",
    "SpandrelImageToImageAutoscaleInvocation": ".spandrel_image_to_image_autoscale_invocation",
    "SpandrelImageToImageConfig": ".spandrel_image_to_image_config",
    "SpandrelImageToImageConfigSubmodelsType0": ".spandrel_image_to_image_config_submodels_type_0",
    "SpandrelImageToImageInvocation": ".spandrel_image_to_image_invocation",
    "SQLiteDirection": ".sq_lite_direction",
    "StarredImagesResult": ".starred_images_result",
    "StarredVideosResult": ".starred_videos_result",
    "StarterModel": ".starter_model",
    "StarterModelBundle": ".starter_model_bundle",
    "StarterModelResponse": ".starter_model_response",
    "StarterModelResponseStarterBundles": ".starter_model_response_starter_bundles",
    "StarterModelWithoutDependencies": ".starter_model_without_dependencies",
    "String2Output": ".string_2_output",
    "StringBatchInvocation": ".string_batch_invocation",
    "StringBatchInvocationBatchGroup": ".string_batch_invocation_batch_group",
    "StringCollectionInvocation": ".string_collection_invocation",
    "StringCollectionOutput": ".string_collection_output",
    "StringGenerator": ".string_generator",
    "StringGeneratorField": ".string_generator_field",
    "StringGeneratorOutput": ".string_generator_output",
    "StringInvocation": ".string_invocation",
    "StringJoinInvocation": ".string_join_invocation",
    "StringJoinThreeInvocation": ".string_join_three_invocation",
    "StringOutput": ".string_output",
    "StringPosNegOutput": ".string_pos_neg_output",
    "StringReplaceInvocation": ".string_replace_invocation",
    "StringSplitInvocation": ".string_split_invocation",
    "StringSplitNegInvocation": ".string_split_neg_invocation",
    "StylePresetRecordWithImage": ".style_preset_record_with_image",
    "SubmodelDefinition": ".submodel_definition",
    "SubtractInvocation": ".subtract_invocation",
    "T2IAdapterConfig": ".t2i_adapter_config",
    "T2IAdapterConfigSubmodelsType0": ".t2i_adapter_config_submodels_type_0",
    "T2IAdapterField": ".t2i_adapter_field",
    "T2IAdapterFieldResizeMode": ".t2i_adapter_field_resize_mode",
    "T2IAdapterInvocation": ".t2i_adapter_invocation",
    "T2IAdapterInvocationResizeMode": ".t2i_adapter_invocation_resize_mode",
    "T2IAdapterMetadataField": ".t2i_adapter_metadata_field",
    "T2IAdapterMetadataFieldResizeMode": ".t2i_adapter_metadata_field_resize_mode",
    "T2IAdapterOutput": ".t2i_adapter_output",
    "T5EncoderBnbQuantizedLlmInt8BConfig": ".t5_encoder_bnb_quantized_llm_int_8b_config",
    "T5EncoderBnbQuantizedLlmInt8BConfigSubmodelsType0": ".t5_encoder_bnb_quantized_llm_int_8b_config_submodels_type_0",
    "T5EncoderConfig": ".t5_encoder_config",
    "T5EncoderConfigSubmodelsType0": ".t5_encoder_config_submodels_type_0",
    "T5EncoderField": ".t5_encoder_field",
    "TBLR": ".tblr",
    "TensorField": ".tensor_field",
    "TextualInversionFileConfig": ".textual_inversion_file_config",
    "TextualInversionFileConfigSubmodelsType0": ".textual_inversion_file_config_submodels_type_0",
    "TextualInversionFolderConfig": ".textual_inversion_folder_config",
    "TextualInversionFolderConfigSubmodelsType0": ".textual_inversion_folder_config_submodels_type_0",
    "Tile": ".tile",
    "TileToPropertiesInvocation": ".tile_to_properties_invocation",
    "TileToPropertiesOutput": ".tile_to_properties_output",
    "TileWithImage": ".tile_with_image",
    "TiledMultiDiffusionDenoiseLatents": ".tiled_multi_diffusion_denoise_latents",
    "TiledMultiDiffusionDenoiseLatentsScheduler": ".tiled_multi_diffusion_denoise_latents_scheduler",
    "TransformerField": ".transformer_field",
    "UNetField": ".u_net_field",
    "UNetOutput": ".u_net_output",
    "UIComponent": ".ui_component",
    "UIConfigBase": ".ui_config_base",
    "UIType": ".ui_type",
    "UnsharpMaskInvocation": ".unsharp_mask_invocation",
    "UnstarredImagesResult": ".unstarred_images_result",
    "UnstarredVideosResult": ".unstarred_videos_result",
    "UpdateModelRecordResponseUpdateModelRecord": ".update_model_record_response_update_model_record",
    "Upscaler": ".upscaler",
    "URLModelSource": ".url_model_source",
    "URLRegexTokenPair": ".url_regex_token_pair",
    "VAECheckpointConfig": ".vae_checkpoint_config",
    "VAECheckpointConfigFormat": ".vae_checkpoint_config_format",
    "VAECheckpointConfigSubmodelsType0": ".vae_checkpoint_config_submodels_type_0",
    "VAEDiffusersConfig": ".vae_diffusers_config",
    "VAEDiffusersConfigSubmodelsType0": ".vae_diffusers_config_submodels_type_0",
    "VAEField": ".vae_field",
    "VAELoaderInvocation": ".vae_loader_invocation",
    "VAEOutput": ".vae_output",
    "ValidationError": ".validation_error",
    "ValidationRunData": ".validation_run_data",
    "VideoApiModelConfig": ".video_api_model_config",
    "VideoApiModelConfigSubmodelsType0": ".video_api_model_config_submodels_type_0",
    "VideoDTO": ".video_dto",
    "VideoField": ".video_field",
    "VideoIdsResult": ".video_ids_result",
    "VideoOutput": ".video_output",
    "VideoRecordChanges": ".video_record_changes",
    "Workflow": ".workflow",
    "WorkflowAndGraphResponse": ".workflow_and_graph_response",
    "WorkflowCategory": ".workflow_category",
    "WorkflowEdgesItem": ".workflow_edges_item",
    "WorkflowFormType0": ".workflow_form_type_0",
    "WorkflowMeta": ".workflow_meta",
    "WorkflowNodesItem": ".workflow_nodes_item",
    "WorkflowRecordDTO": ".workflow_record_dto",
    "WorkflowRecordListItemWithThumbnailDTO": ".workflow_record_list_item_with_thumbnail_dto",
    "WorkflowRecordOrderBy": ".workflow_record_order_by",
    "WorkflowRecordWithThumbnailDTO": ".workflow_record_with_thumbnail_dto",
    "WorkflowWithoutID": ".workflow_without_id",
    "WorkflowWithoutIDEdgesItem": ".workflow_without_id_edges_item",
    "WorkflowWithoutIDFormType0": ".workflow_without_id_form_type_0",
    "WorkflowWithoutIDNodesItem": ".workflow_without_id_nodes_item",
}

__all__ = (
    "AddImagesToBoardResult",
    "AddInvocation",
    "AddVideosToBoardResult",
    "AlphaMaskToTensorInvocation",
    "ApiModelConfig",
    "ApiModelConfigSubmodelsType0",
    "AppConfig",
    "ApplyMaskTensorToImageInvocation",
    "ApplyMaskToImageInvocation",
    "AppVersion",
    "BaseMetadata",
    "Batch",
    "BatchDatum",
    "BatchEnqueuedEvent",
    "BatchStatus",
    "BlankImageInvocation",
    "BlankImageInvocationMode",
    "BlendLatentsInvocation",
    "BoardChanges",
    "BoardDTO",
    "BoardField",
    "BoardRecordOrderBy",
    "BodyAddImagesToBoard",
    "BodyAddImageToBoard",
    "BodyAddVideosToBoard",
    "BodyCancelByBatchIds",
    "BodyCreateImageUploadEntry",
    "BodyCreateStylePreset",
    "BodyCreateWorkflow",
    "BodyDeleteImagesFromList",
    "BodyDeleteVideosFromList",
    "BodyDoHfLogin",
    "BodyDownload",
    "BodyDownloadImagesFromList",
    "BodyEnqueueBatch",
    "BodyGetImagesByNames",
    "BodyGetQueueItemsByItemIds",
    "BodyGetVideosByIds",
    "BodyImportStylePresets",
    "BodyParseDynamicprompts",
    "BodyRemoveImageFromBoard",
    "BodyRemoveImagesFromBoard",
    "BodyRemoveVideosFromBoard",
    "BodySetWorkflowThumbnail",
    "BodyStarImagesInList",
    "BodyStarVideosInList",
    "BodyUnstarImagesInList",
    "BodyUnstarVideosInList",
    "BodyUpdateModelImage",
    "BodyUpdateStylePreset",
    "BodyUpdateWorkflow",
    "BodyUploadImage",
    "BooleanCollectionInvocation",
    "BooleanCollectionOutput",
    "BooleanInvocation",
    "BooleanOutput",
    "BoundingBoxCollectionOutput",
    "BoundingBoxField",
    "BoundingBoxInvocation",
    "BoundingBoxOutput",
    "BulkDownloadCompleteEvent",
    "BulkDownloadErrorEvent",
    "BulkDownloadStartedEvent",
    "CacheStats",
    "CacheStatsLoadedModelSizes",
    "CalculateImageTilesEvenSplitInvocation",
    "CalculateImageTilesInvocation",
    "CalculateImageTilesMinimumOverlapInvocation",
    "CalculateImageTilesOutput",
    "CancelAllExceptCurrentResult",
    "CancelByBatchIDsResult",
    "CancelByDestinationResult",
    "CannyEdgeDetectionInvocation",
    "CanvasPasteBackInvocation",
    "CanvasV2MaskAndCropInvocation",
    "CenterPadCropInvocation",
    "Classification",
    "ClearResult",
    "CLIPField",
    "CLIPGEmbedDiffusersConfig",
    "CLIPGEmbedDiffusersConfigSubmodelsType0",
    "CLIPLEmbedDiffusersConfig",
    "CLIPLEmbedDiffusersConfigSubmodelsType0",
    "CLIPOutput",
    "CLIPSkipInvocation",
    "CLIPSkipInvocationOutput",
    "CLIPVisionDiffusersConfig",
    "CLIPVisionDiffusersConfigSubmodelsType0",
    "CogView4ConditioningField",
    "CogView4ConditioningOutput",
    "CogView4DenoiseInvocation",
    "CogView4ImageToLatentsInvocation",
    "CogView4LatentsToImageInvocation",
    "CogView4ModelLoaderInvocation",
    "CogView4ModelLoaderOutput",
    "CogView4TextEncoderInvocation",
    "CollectInvocation",
    "CollectInvocationOutput",
    "ColorCollectionOutput",
    "ColorCorrectInvocation",
    "ColorCorrectInvocationColorSpace",
    "ColorField",
    "ColorInvocation",
    "ColorMapInvocation",
    "ColorOutput",
    "CompelInvocation",
    "ConditioningCollectionInvocation",
    "ConditioningCollectionOutput",
    "ConditioningField",
    "ConditioningInvocation",
    "ConditioningOutput",
    "ContentShuffleInvocation",
    "ControlAdapterDefaultSettings",
    "ControlField",
    "ControlFieldControlMode",
    "ControlFieldResizeMode",
    "ControlLoRADiffusersConfig",
    "ControlLoRADiffusersConfigSubmodelsType0",
    "ControlLoRAField",
    "ControlLoRALyCORISConfig",
    "ControlLoRALyCORISConfigSubmodelsType0",
    "ControlNetCheckpointConfig",
    "ControlNetCheckpointConfigFormat",
    "ControlNetCheckpointConfigSubmodelsType0",
    "ControlNetDiffusersConfig",
    "ControlNetDiffusersConfigSubmodelsType0",
    "ControlNetInvocation",
    "ControlNetInvocationControlMode",
    "ControlNetInvocationResizeMode",
    "ControlNetMetadataField",
    "ControlNetMetadataFieldControlMode",
    "ControlNetMetadataFieldResizeMode",
    "ControlOutput",
    "ConvertModelResponseConvertModel",
    "CoreMetadataInvocation",
    "CoreMetadataInvocationGenerationModeType0",
    "CountsByCategoryResponseCountsByCategory",
    "CreateDenoiseMaskInvocation",
    "CreateGradientMaskInvocation",
    "CreateGradientMaskInvocationCoherenceMode",
    "CropImageToBoundingBoxInvocation",
    "CropLatentsCoreInvocation",
    "CV2InfillInvocation",
    "CvInpaintInvocation",
    "DeleteAllExceptCurrentResult",
    "DeleteBoardResult",
    "DeleteByDestinationResult",
    "DeleteImagesResult",
    "DeleteVideosResult",
    "DenoiseLatentsInvocation",
    "DenoiseLatentsInvocationScheduler",
    "DenoiseLatentsMetaInvocation",
    "DenoiseLatentsMetaInvocationScheduler",
    "DenoiseMaskField",
    "DenoiseMaskOutput",
    "DepthAnythingDepthEstimationInvocation",
    "DepthAnythingDepthEstimationInvocationModelSize",
    "DivideInvocation",
    "DownloadCancelledEvent",
    "DownloadCompleteEvent",
    "DownloadErrorEvent",
    "DownloadJob",
    "DownloadJobStatus",
    "DownloadProgressEvent",
    "DownloadStartedEvent",
    "DWOpenposeDetectionInvocation",
    "DynamicPromptInvocation",
    "DynamicPromptsResponse",
    "Edge",
    "EdgeConnection",
    "EnqueueBatchResult",
    "ESRGANInvocation",
    "ESRGANInvocationModelName",
    "ExpandMaskWithFadeInvocation",
    "ExposedField",
    "FaceIdentifierInvocation",
    "FaceMaskInvocation",
    "FaceMaskOutput",
    "FaceOffInvocation",
    "FaceOffOutput",
    "FieldIdentifier",
    "FieldIdentifierKind",
    "FieldKind",
    "FloatBatchInvocation",
    "FloatBatchInvocationBatchGroup",
    "FloatCollectionInvocation",
    "FloatCollectionOutput",
    "FloatGenerator",
    "FloatGeneratorField",
    "FloatGeneratorOutput",
    "FloatInvocation",
    "FloatLinearRangeInvocation",
    "FloatMathInvocation",
    "FloatMathInvocationOperation",
    "FloatOutput",
    "FloatToIntegerInvocation",
    "FloatToIntegerInvocationMethod",
    "FluxConditioningCollectionOutput",
    "FluxConditioningField",
    "FluxConditioningOutput",
    "FluxControlLoRALoaderInvocation",
    "FluxControlLoRALoaderOutput",
    "FluxControlNetField",
    "FluxControlNetFieldResizeMode",
    "FluxControlNetInvocation",
    "FluxControlNetInvocationResizeMode",
    "FluxControlNetOutput",
    "FluxDenoiseInvocation",
    "FluxDenoiseLatentsMetaInvocation",
    "FluxFillConditioningField",
    "FluxFillInvocation",
    "FluxFillOutput",
    "FluxIPAdapterInvocation",
    "FluxKontextConcatenateImagesInvocation",
    "FluxKontextConditioningField",
    "FluxKontextInvocation",
    "FluxKontextOutput",
    "FLUXLoRACollectionLoader",
    "FluxLoRALoaderInvocation",
    "FluxLoRALoaderOutput",
    "FluxModelLoaderInvocation",
    "FluxModelLoaderOutput",
    "FluxModelLoaderOutputMaxSeqLength",
    "FluxReduxConditioningField",
    "FluxReduxConfig",
    "FluxReduxConfigSubmodelsType0",
    "FluxReduxInvocation",
    "FluxReduxInvocationDownsamplingFunction",
    "FluxReduxOutput",
    "FluxTextEncoderInvocation",
    "FluxTextEncoderInvocationT5MaxSeqLenType0",
    "FluxVaeDecodeInvocation",
    "FluxVaeEncodeInvocation",
    "FoundModel",
    "FreeUConfig",
    "FreeUInvocation",
    "GetAppDepsResponseGetAppDeps",
    "GetCountsByTagResponseGetCountsByTag",
    "GetMaskBoundingBoxInvocation",
    "GetModelRecordResponseGetModelRecord",
    "GetModelRecordsByAttrsResponseGetModelRecordsByAttrs",
    "GlmEncoderField",
    "GradientMaskOutput",
    "Graph",
    "GraphExecutionState",
    "GraphExecutionStateErrors",
    "GraphExecutionStatePreparedSourceMapping",
    "GraphExecutionStateResults",
    "GraphExecutionStateResultsAdditionalProperty",
    "GraphExecutionStateSourcePreparedMapping",
    "GraphNodes",
    "GraphNodesAdditionalProperty",
    "GroundingDinoInvocation",
    "GroundingDinoInvocationModelType0",
    "HEDEdgeDetectionInvocation",
    "HeuristicResizeInvocation",
    "HFModelSource",
    "HFTokenStatus",
    "HTTPValidationError",
    "HuggingFaceMetadata",
    "HuggingFaceModels",
    "IdealSizeInvocation",
    "IdealSizeOutput",
    "ImageBatchInvocation",
    "ImageBatchInvocationBatchGroup",
    "ImageBlurInvocation",
    "ImageBlurInvocationBlurType",
    "ImageCategory",
    "ImageChannelInvocation",
    "ImageChannelInvocationChannel",
    "ImageChannelMultiplyInvocation",
    "ImageChannelMultiplyInvocationChannelType0",
    "ImageChannelOffsetInvocation",
    "ImageChannelOffsetInvocationChannelType0",
    "ImageCollectionInvocation",
    "ImageCollectionOutput",
    "ImageConvertInvocation",
    "ImageConvertInvocationMode",
    "ImageCropInvocation",
    "ImageDTO",
    "ImageField",
    "ImageGenerator",
    "ImageGeneratorField",
    "ImageGeneratorOutput",
    "ImageHueAdjustmentInvocation",
    "ImageInverseLerpInvocation",
    "ImageInvocation",
    "ImageLerpInvocation",
    "ImageMaskToTensorInvocation",
    "ImageMultiplyInvocation",
    "ImageNamesResult",
    "ImageNoiseInvocation",
    "ImageNoiseInvocationNoiseType",
    "ImageNSFWBlurInvocation",
    "ImageOutput",
    "ImagePanelCoordinateOutput",
    "ImagePanelLayoutInvocation",
    "ImagePasteInvocation",
    "ImageRecordChanges",
    "ImageResizeInvocation",
    "ImageResizeInvocationResampleMode",
    "ImageScaleInvocation",
    "ImageScaleInvocationResampleMode",
    "ImagesDownloaded",
    "ImageToLatentsInvocation",
    "ImageUploadEntry",
    "ImageUrlsDTO",
    "ImageWatermarkInvocation",
    "InfillColorInvocation",
    "InfillPatchMatchInvocation",
    "InfillPatchMatchInvocationResampleMode",
    "InfillTileInvocation",
    "Input",
    "InputFieldJSONSchemaExtra",
    "InputFieldJSONSchemaExtraUiChoiceLabelsType0",
    "InstallStatus",
    "IntegerBatchInvocation",
    "IntegerBatchInvocationBatchGroup",
    "IntegerCollectionInvocation",
    "IntegerCollectionOutput",
    "IntegerGenerator",
    "IntegerGeneratorField",
    "IntegerGeneratorOutput",
    "IntegerInvocation",
    "IntegerMathInvocation",
    "IntegerMathInvocationOperation",
    "IntegerOutput",
    "InvertTensorMaskInvocation",
    "InvocationCacheStatus",
    "InvocationCompleteEvent",
    "InvocationCompleteEventInvocation",
    "InvocationCompleteEventResult",
    "InvocationErrorEvent",
    "InvocationErrorEventInvocation",
    "InvocationOutputMap",
    "InvocationProgressEvent",
    "InvocationProgressEventInvocation",
    "InvocationStartedEvent",
    "InvocationStartedEventInvocation",
    "InvokeAdjustImageHuePlusInvocation",
    "InvokeAdjustImageHuePlusInvocationSpace",
    "InvokeAIAppConfig",
    "InvokeAIAppConfigAttentionSliceSizeType0",
    "InvokeAIAppConfigAttentionSliceSizeType1",
    "InvokeAIAppConfigAttentionType",
    "InvokeAIAppConfigHashingAlgorithm",
    "InvokeAIAppConfigLogFormat",
    "InvokeAIAppConfigLogLevel",
    "InvokeAIAppConfigLogLevelNetwork",
    "InvokeAIAppConfigPrecision",
    "InvokeAIAppConfigWithSetFields",
    "InvokeEquivalentAchromaticLightnessInvocation",
    "InvokeImageBlendInvocation",
    "InvokeImageBlendInvocationBlendMode",
    "InvokeImageBlendInvocationColorSpace",
    "InvokeImageCompositorInvocation",
    "InvokeImageDilateOrErodeInvocation",
    "InvokeImageDilateOrErodeInvocationMode",
    "InvokeImageEnhanceInvocation",
    "InvokeImageValueThresholdsInvocation",
    "IPAdapterCheckpointConfig",
    "IPAdapterCheckpointConfigSubmodelsType0",
    "IPAdapterField",
    "IPAdapterInvocation",
    "IPAdapterInvocationClipVisionModel",
    "IPAdapterInvocationMethod",
    "IPAdapterInvokeAIConfig",
    "IPAdapterInvokeAIConfigSubmodelsType0",
    "IPAdapterMetadataField",
    "IPAdapterMetadataFieldClipVisionModel",
    "IPAdapterMetadataFieldMethod",
    "IPAdapterOutput",
    "ItemIdsResult",
    "IterateInvocation",
    "IterateInvocationOutput",
    "LaMaInfillInvocation",
    "LatentsCollectionInvocation",
    "LatentsCollectionOutput",
    "LatentsField",
    "LatentsInvocation",
    "LatentsMetaOutput",
    "LatentsOutput",
    "LatentsToImageInvocation",
    "LineartAnimeEdgeDetectionInvocation",
    "LineartEdgeDetectionInvocation",
    "LlavaOnevisionConfig",
    "LlavaOnevisionConfigSubmodelsType0",
    "LlavaOnevisionVllmInvocation",
    "LocalModelSource",
    "LogLevel",
    "LoRACollectionLoader",
    "LoRADiffusersConfig",
    "LoRADiffusersConfigSubmodelsType0",
    "LoRAField",
    "LoRALoaderInvocation",
    "LoRALoaderOutput",
    "LoRALyCORISConfig",
    "LoRALyCORISConfigSubmodelsType0",
    "LoRAMetadataField",
    "LoraModelDefaultSettings",
    "LoRAOmiConfig",
    "LoRAOmiConfigSubmodelsType0",
    "LoRASelectorInvocation",
    "LoRASelectorOutput",
    "MainBnbQuantized4BCheckpointConfig",
    "MainBnbQuantized4BCheckpointConfigSubmodelsType0",
    "MainCheckpointConfig",
    "MainCheckpointConfigFormat",
    "MainCheckpointConfigSubmodelsType0",
    "MainDiffusersConfig",
    "MainDiffusersConfigSubmodelsType0",
    "MainGGUFCheckpointConfig",
    "MainGGUFCheckpointConfigSubmodelsType0",
    "MainModelDefaultSettings",
    "MainModelDefaultSettingsSchedulerType0",
    "MainModelDefaultSettingsVaePrecisionType0",
    "MainModelLoaderInvocation",
    "MaskCombineInvocation",
    "MaskEdgeInvocation",
    "MaskFromAlphaInvocation",
    "MaskFromIDInvocation",
    "MaskOutput",
    "MaskTensorToImageInvocation",
    "MDControlListOutput",
    "MDIPAdapterListOutput",
    "MDT2IAdapterListOutput",
    "MediaPipeFaceDetectionInvocation",
    "MergeMetadataInvocation",
    "MergeTilesToImageInvocation",
    "MergeTilesToImageInvocationBlendMode",
    "MetadataField",
    "MetadataFieldExtractorInvocation",
    "MetadataFromImageInvocation",
    "MetadataInvocation",
    "MetadataItemField",
    "MetadataItemInvocation",
    "MetadataItemLinkedInvocation",
    "MetadataItemLinkedInvocationLabel",
    "MetadataItemOutput",
    "MetadataOutput",
    "MetadataToBoolCollectionInvocation",
    "MetadataToBoolCollectionInvocationLabel",
    "MetadataToBoolInvocation",
    "MetadataToBoolInvocationLabel",
    "MetadataToControlnetsInvocation",
    "MetadataToFloatCollectionInvocation",
    "MetadataToFloatCollectionInvocationLabel",
    "MetadataToFloatInvocation",
    "MetadataToFloatInvocationLabel",
    "MetadataToIntegerCollectionInvocation",
    "MetadataToIntegerCollectionInvocationLabel",
    "MetadataToIntegerInvocation",
    "MetadataToIntegerInvocationLabel",
    "MetadataToIPAdaptersInvocation",
    "MetadataToLorasCollectionInvocation",
    "MetadataToLorasCollectionOutput",
    "MetadataToLorasInvocation",
    "MetadataToModelInvocation",
    "MetadataToModelInvocationLabel",
    "MetadataToModelOutput",
    "MetadataToSchedulerInvocation",
    "MetadataToSchedulerInvocationDefaultValue",
    "MetadataToSchedulerInvocationLabel",
    "MetadataToSDXLLorasInvocation",
    "MetadataToSDXLModelInvocation",
    "MetadataToSDXLModelInvocationLabel",
    "MetadataToSDXLModelOutput",
    "MetadataToStringCollectionInvocation",
    "MetadataToStringCollectionInvocationLabel",
    "MetadataToStringInvocation",
    "MetadataToStringInvocationLabel",
    "MetadataToT2IAdaptersInvocation",
    "MetadataToVAEInvocation",
    "MetadataToVAEInvocationLabel",
    "MLSDDetectionInvocation",
    "ModelIdentifierField",
    "ModelIdentifierInvocation",
    "ModelIdentifierOutput",
    "ModelInstallCancelledEvent",
    "ModelInstallCompleteEvent",
    "ModelInstallDownloadProgressEvent",
    "ModelInstallDownloadProgressEventPartsItem",
    "ModelInstallDownloadsCompleteEvent",
    "ModelInstallDownloadStartedEvent",
    "ModelInstallDownloadStartedEventPartsItem",
    "ModelInstallErrorEvent",
    "ModelInstallJob",
    "ModelInstallJobConfigOutType0",
    "ModelInstallStartedEvent",
    "ModelLoadCompleteEvent",
    "ModelLoadCompleteEventConfig",
    "ModelLoaderOutput",
    "ModelLoadStartedEvent",
    "ModelLoadStartedEventConfig",
    "ModelRecordChanges",
    "ModelRelationshipBatchRequest",
    "ModelRelationshipCreateRequest",
    "ModelsList",
    "ModelsListModelsItem",
    "MultiplyInvocation",
    "NodeFieldValue",
    "NoiseInvocation",
    "NoiseOutput",
    "NormalMapInvocation",
    "OffsetPaginatedResultsBoardDTO",
    "OffsetPaginatedResultsImageDTO",
    "OffsetPaginatedResultsVideoDTO",
    "OutputFieldJSONSchemaExtra",
    "PaginatedResultsWorkflowRecordListItemWithThumbnailDTO",
    "PairTileImageInvocation",
    "PairTileImageOutput",
    "PasteImageIntoBoundingBoxInvocation",
    "PiDiNetEdgeDetectionInvocation",
    "PresetData",
    "PresetType",
    "ProgressImage",
    "PromptsFromFileInvocation",
    "PruneResult",
    "QueueClearedEvent",
    "QueueItemsRetriedEvent",
    "QueueItemStatusChangedEvent",
    "QueueItemStatusChangedEventStatus",
    "RandomFloatInvocation",
    "RandomIntInvocation",
    "RandomRangeInvocation",
    "RangeInvocation",
    "RangeOfSizeInvocation",
    "RectangleMaskInvocation",
    "RemoteModelFile",
    "RemoveImagesFromBoardResult",
    "RemoveVideosFromBoardResult",
    "ResizeLatentsInvocation",
    "ResizeLatentsInvocationMode",
    "ResourceOrigin",
    "RetryItemsResult",
    "RoundInvocation",
    "SAMPoint",
    "SAMPointLabel",
    "SAMPointsField",
    "SaveImageInvocation",
    "ScaleLatentsInvocation",
    "ScaleLatentsInvocationMode",
    "SchedulerInvocation",
    "SchedulerInvocationScheduler",
    "SchedulerOutput",
    "SchedulerOutputScheduler",
    "SD3ConditioningField",
    "SD3ConditioningOutput",
    "SD3DenoiseInvocation",
    "SD3ImageToLatentsInvocation",
    "SD3LatentsToImageInvocation",
    "Sd3ModelLoaderInvocation",
    "Sd3ModelLoaderOutput",
    "Sd3TextEncoderInvocation",
    "SDXLCompelPromptInvocation",
    "SDXLLoRACollectionLoader",
    "SDXLLoRALoaderInvocation",
    "SDXLLoRALoaderOutput",
    "SDXLModelLoaderInvocation",
    "SDXLModelLoaderOutput",
    "SDXLRefinerCompelPromptInvocation",
    "SDXLRefinerModelLoaderInvocation",
    "SDXLRefinerModelLoaderOutput",
    "SeamlessModeInvocation",
    "SeamlessModeOutput",
    "SegmentAnythingInvocation",
    "SegmentAnythingInvocationMaskFilter",
    "SegmentAnythingInvocationModelType0",
    "SessionProcessorStatus",
    "SessionQueueAndProcessorStatus",
    "SessionQueueCountsByDestination",
    "SessionQueueItem",
    "SessionQueueItemStatus",
    "SessionQueueStatus",
    "ShowImageInvocation",
    "SigLIPConfig",
    "SigLIPConfigSubmodelsType0",
    "SpandrelImageToImageAutoscaleInvocation",
    "SpandrelImageToImageConfig",
    "SpandrelImageToImageConfigSubmodelsType0",
    "SpandrelImageToImageInvocation",
    "SQLiteDirection",
    "StarredImagesResult",
    "StarredVideosResult",
    "StarterModel",
    "StarterModelBundle",
    "StarterModelResponse",
    "StarterModelResponseStarterBundles",
    "StarterModelWithoutDependencies",
    "String2Output",
    "StringBatchInvocation",
    "StringBatchInvocationBatchGroup",
    "StringCollectionInvocation",
    "StringCollectionOutput",
    "StringGenerator",
    "StringGeneratorField",
    "StringGeneratorOutput",
    "StringInvocation",
    "StringJoinInvocation",
    "StringJoinThreeInvocation",
    "StringOutput",
    "StringPosNegOutput",
    "StringReplaceInvocation",
    "StringSplitInvocation",
    "StringSplitNegInvocation",
    "StylePresetRecordWithImage",
    "SubmodelDefinition",
    "SubtractInvocation",
    "T2IAdapterConfig",
    "T2IAdapterConfigSubmodelsType0",
    "T2IAdapterField",
    "T2IAdapterFieldResizeMode",
    "T2IAdapterInvocation",
    "T2IAdapterInvocationResizeMode",
    "T2IAdapterMetadataField",
    "T2IAdapterMetadataFieldResizeMode",
    "T2IAdapterOutput",
    "T5EncoderBnbQuantizedLlmInt8BConfig",
    "T5EncoderBnbQuantizedLlmInt8BConfigSubmodelsType0",
    "T5EncoderConfig",
    "T5EncoderConfigSubmodelsType0",
    "T5EncoderField",
    "TBLR",
    "TensorField",
    "TextualInversionFileConfig",
    "TextualInversionFileConfigSubmodelsType0",
    "TextualInversionFolderConfig",
    "TextualInversionFolderConfigSubmodelsType0",
    "Tile",
    "TiledMultiDiffusionDenoiseLatents",
    "TiledMultiDiffusionDenoiseLatentsScheduler",
    "TileToPropertiesInvocation",
    "TileToPropertiesOutput",
    "TileWithImage",
    "TransformerField",
    "UIComponent",
    "UIConfigBase",
    "UIType",
    "UNetField",
    "UNetOutput",
    "UnsharpMaskInvocation",
    "UnstarredImagesResult",
    "UnstarredVideosResult",
    "UpdateModelRecordResponseUpdateModelRecord",
    "Upscaler",
    "URLModelSource",
    "URLRegexTokenPair",
    "VAECheckpointConfig",
    "VAECheckpointConfigFormat",
    "VAECheckpointConfigSubmodelsType0",
    "VAEDiffusersConfig",
    "VAEDiffusersConfigSubmodelsType0",
    "VAEField",
    "VAELoaderInvocation",
    "VAEOutput",
    "ValidationError",
    "ValidationRunData",
    "VideoApiModelConfig",
    "VideoApiModelConfigSubmodelsType0",
    "VideoDTO",
    "VideoField",
    "VideoIdsResult",
    "VideoOutput",
    "VideoRecordChanges",
    "Workflow",
    "WorkflowAndGraphResponse",
    "WorkflowCategory",
    "WorkflowEdgesItem",
    "WorkflowFormType0",
    "WorkflowMeta",
    "WorkflowNodesItem",
    "WorkflowRecordDTO",
    "WorkflowRecordListItemWithThumbnailDTO",
    "WorkflowRecordOrderBy",
    "WorkflowRecordWithThumbnailDTO",
    "WorkflowWithoutID",
    "WorkflowWithoutIDEdgesItem",
    "WorkflowWithoutIDFormType0",
    "WorkflowWithoutIDNodesItem",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later lookups bypass __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
