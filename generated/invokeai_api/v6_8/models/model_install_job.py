from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.install_status import InstallStatus, check_install_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_metadata import BaseMetadata
    from ..models.download_job import DownloadJob
    from ..models.hf_model_source import HFModelSource
    from ..models.hugging_face_metadata import HuggingFaceMetadata
    from ..models.local_model_source import LocalModelSource
    from ..models.model_install_job_config_out_type_0 import ModelInstallJobConfigOutType0
    from ..models.model_record_changes import ModelRecordChanges
    from ..models.url_model_source import URLModelSource


T = TypeVar("T", bound="ModelInstallJob")


@_attrs_define
class ModelInstallJob:
    """Object that tracks the current status of an install request."""

    id: int
    """ Unique ID for this job """
    local_path: str
    """ Path to locally-downloaded model; may be the same as the source """
    source: HFModelSource | LocalModelSource | URLModelSource
    """ Source (URL, repo_id, or local path) of model """
    bytes_: int | Unset = 0
    """ For a remote model, the number of bytes downloaded so far (may not be available) """
    config_in: ModelRecordChanges | Unset = UNSET
    """ A set of changes to apply to a model. """
    config_out: ModelInstallJobConfigOutType0 | None | Unset = UNSET
    """ After successful installation, this will hold the configuration object. """
    download_parts: list[DownloadJob] | Unset = UNSET
    """ Download jobs contributing to this install """
    error: None | str | Unset = UNSET
    """ On an error condition, this field will contain the text of the exception """
    error_reason: None | str | Unset = UNSET
    """ Information about why the job failed """
    error_traceback: None | str | Unset = UNSET
    """ On an error condition, this field will contain the exception traceback """
    inplace: bool | Unset = False
    """ Leave model in its current location; otherwise install under models directory """
    source_metadata: BaseMetadata | HuggingFaceMetadata | None | Unset = UNSET
    """ Metadata provided by the model source """
    status: InstallStatus | Unset = UNSET
    """ State of an install job running in the background. """
    total_bytes: int | Unset = 0
    """ Total size of the model to be installed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.base_metadata import BaseMetadata  # noqa: PLC0415
        from ..models.hf_model_source import HFModelSource  # noqa: PLC0415
        from ..models.hugging_face_metadata import HuggingFaceMetadata  # noqa: PLC0415
        from ..models.local_model_source import LocalModelSource  # noqa: PLC0415
        from ..models.model_install_job_config_out_type_0 import ModelInstallJobConfigOutType0  # noqa: PLC0415

        id = self.id

        local_path = self.local_path

        source: dict[str, Any]
        if isinstance(self.source, LocalModelSource):
            source = self.source.to_dict()
        elif isinstance(self.source, HFModelSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        bytes_ = self.bytes_

        config_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_in, Unset):
            config_in = self.config_in.to_dict()

        config_out: dict[str, Any] | None | Unset
        if isinstance(self.config_out, Unset):
            config_out = UNSET
        elif isinstance(self.config_out, ModelInstallJobConfigOutType0):
            config_out = self.config_out.to_dict()
        else:
            config_out = self.config_out

        download_parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.download_parts, Unset):
            download_parts = []
            for download_parts_item_data in self.download_parts:
                download_parts_item = download_parts_item_data.to_dict()
                download_parts.append(download_parts_item)

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_reason: None | str | Unset
        if isinstance(self.error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = self.error_reason

        error_traceback: None | str | Unset
        if isinstance(self.error_traceback, Unset):
            error_traceback = UNSET
        else:
            error_traceback = self.error_traceback

        inplace = self.inplace

        source_metadata: dict[str, Any] | None | Unset
        if isinstance(self.source_metadata, Unset):
            source_metadata = UNSET
        elif isinstance(self.source_metadata, BaseMetadata):
            source_metadata = self.source_metadata.to_dict()
        elif isinstance(self.source_metadata, HuggingFaceMetadata):
            source_metadata = self.source_metadata.to_dict()
        else:
            source_metadata = self.source_metadata

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        total_bytes = self.total_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "local_path": local_path,
                "source": source,
            }
        )
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if config_in is not UNSET:
            field_dict["config_in"] = config_in
        if config_out is not UNSET:
            field_dict["config_out"] = config_out
        if download_parts is not UNSET:
            field_dict["download_parts"] = download_parts
        if error is not UNSET:
            field_dict["error"] = error
        if error_reason is not UNSET:
            field_dict["error_reason"] = error_reason
        if error_traceback is not UNSET:
            field_dict["error_traceback"] = error_traceback
        if inplace is not UNSET:
            field_dict["inplace"] = inplace
        if source_metadata is not UNSET:
            field_dict["source_metadata"] = source_metadata
        if status is not UNSET:
            field_dict["status"] = status
        if total_bytes is not UNSET:
            field_dict["total_bytes"] = total_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.base_metadata import BaseMetadata  # noqa: PLC0415
        from ..models.download_job import DownloadJob  # noqa: PLC0415
        from ..models.hf_model_source import HFModelSource  # noqa: PLC0415
        from ..models.hugging_face_metadata import HuggingFaceMetadata  # noqa: PLC0415
        from ..models.local_model_source import LocalModelSource  # noqa: PLC0415
        from ..models.model_install_job_config_out_type_0 import ModelInstallJobConfigOutType0  # noqa: PLC0415
        from ..models.model_record_changes import ModelRecordChanges  # noqa: PLC0415
        from ..models.url_model_source import URLModelSource  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        local_path = d.pop("local_path")

        def _parse_source(data: object) -> HFModelSource | LocalModelSource | URLModelSource:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = LocalModelSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = HFModelSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_2 = URLModelSource.from_dict(data)

            return source_type_2

        source = _parse_source(d.pop("source"))

        bytes_ = d.pop("bytes", UNSET)

        _config_in = d.pop("config_in", UNSET)
        config_in: ModelRecordChanges | Unset
        if isinstance(_config_in, Unset):
            config_in = UNSET
        else:
            config_in = ModelRecordChanges.from_dict(_config_in)

        def _parse_config_out(data: object) -> ModelInstallJobConfigOutType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_out_type_0 = ModelInstallJobConfigOutType0.from_dict(data)

                return config_out_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelInstallJobConfigOutType0 | None | Unset, data)

        config_out = _parse_config_out(d.pop("config_out", UNSET))

        _download_parts = d.pop("download_parts", UNSET)
        download_parts: list[DownloadJob] | Unset = UNSET
        if _download_parts is not UNSET:
            download_parts = []
            for download_parts_item_data in _download_parts:
                download_parts_item = DownloadJob.from_dict(download_parts_item_data)

                download_parts.append(download_parts_item)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_reason = _parse_error_reason(d.pop("error_reason", UNSET))

        def _parse_error_traceback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_traceback = _parse_error_traceback(d.pop("error_traceback", UNSET))

        inplace = d.pop("inplace", UNSET)

        def _parse_source_metadata(data: object) -> BaseMetadata | HuggingFaceMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_metadata_type_0_type_0 = BaseMetadata.from_dict(data)

                return source_metadata_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_metadata_type_0_type_1 = HuggingFaceMetadata.from_dict(data)

                return source_metadata_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseMetadata | HuggingFaceMetadata | None | Unset, data)

        source_metadata = _parse_source_metadata(d.pop("source_metadata", UNSET))

        _status = d.pop("status", UNSET)
        status: InstallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_install_status(_status)

        total_bytes = d.pop("total_bytes", UNSET)

        model_install_job = cls(
            id=id,
            local_path=local_path,
            source=source,
            bytes_=bytes_,
            config_in=config_in,
            config_out=config_out,
            download_parts=download_parts,
            error=error,
            error_reason=error_reason,
            error_traceback=error_traceback,
            inplace=inplace,
            source_metadata=source_metadata,
            status=status,
            total_bytes=total_bytes,
        )

        model_install_job.additional_properties = d
        return model_install_job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
