from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.download_job_status import DownloadJobStatus, check_download_job_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadJob")


@_attrs_define
class DownloadJob:
    """Class to monitor and control a model download request."""

    dest: str
    """ Initial destination of downloaded model on local disk; a directory or file path """
    source: str
    """ Where to download from. Specific types specified in child classes. """
    access_token: None | str | Unset = UNSET
    """ authorization token for protected resources """
    bytes_: int | Unset = 0
    """ Bytes downloaded so far """
    canonical_url: None | str | Unset = UNSET
    """ Canonical URL to request on resume """
    content_type: None | str | Unset = UNSET
    """ Content type of downloaded file """
    download_path: None | str | Unset = UNSET
    """ Final location of downloaded file or directory """
    error: None | str | Unset = UNSET
    """ Traceback of the exception that caused an error """
    error_type: None | str | Unset = UNSET
    """ Name of exception that caused an error """
    etag: None | str | Unset = UNSET
    """ ETag from the remote server, if available """
    expected_total_bytes: int | None | Unset = UNSET
    """ Expected total size of the download """
    final_url: None | str | Unset = UNSET
    """ Final resolved URL after redirects, if available """
    id: int | Unset = -1
    """ Numeric ID of this job """
    job_ended: None | str | Unset = UNSET
    """ Timestamp for when the download job ende1d (completed or errored) """
    job_started: None | str | Unset = UNSET
    """ Timestamp for when the download job started """
    last_modified: None | str | Unset = UNSET
    """ Last-Modified from the remote server, if available """
    priority: int | Unset = 10
    """ Queue priority; lower values are higher priority """
    resume_from_scratch: bool | Unset = False
    """ True if resume metadata existed but the partial file was missing and the download restarted from the
    beginning """
    resume_message: None | str | Unset = UNSET
    """ Message explaining why resume is required """
    resume_required: bool | Unset = False
    """ True if server refused resume; restart required """
    status: DownloadJobStatus | Unset = UNSET
    """ State of a download job. """
    total_bytes: int | Unset = 0
    """ Total file size (bytes) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dest = self.dest

        source = self.source

        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        bytes_ = self.bytes_

        canonical_url: None | str | Unset
        if isinstance(self.canonical_url, Unset):
            canonical_url = UNSET
        else:
            canonical_url = self.canonical_url

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        download_path: None | str | Unset
        if isinstance(self.download_path, Unset):
            download_path = UNSET
        else:
            download_path = self.download_path

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        etag: None | str | Unset
        if isinstance(self.etag, Unset):
            etag = UNSET
        else:
            etag = self.etag

        expected_total_bytes: int | None | Unset
        if isinstance(self.expected_total_bytes, Unset):
            expected_total_bytes = UNSET
        else:
            expected_total_bytes = self.expected_total_bytes

        final_url: None | str | Unset
        if isinstance(self.final_url, Unset):
            final_url = UNSET
        else:
            final_url = self.final_url

        id = self.id

        job_ended: None | str | Unset
        if isinstance(self.job_ended, Unset):
            job_ended = UNSET
        else:
            job_ended = self.job_ended

        job_started: None | str | Unset
        if isinstance(self.job_started, Unset):
            job_started = UNSET
        else:
            job_started = self.job_started

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = self.last_modified

        priority = self.priority

        resume_from_scratch = self.resume_from_scratch

        resume_message: None | str | Unset
        if isinstance(self.resume_message, Unset):
            resume_message = UNSET
        else:
            resume_message = self.resume_message

        resume_required = self.resume_required

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        total_bytes = self.total_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dest": dest,
                "source": source,
            }
        )
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if canonical_url is not UNSET:
            field_dict["canonical_url"] = canonical_url
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if download_path is not UNSET:
            field_dict["download_path"] = download_path
        if error is not UNSET:
            field_dict["error"] = error
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if etag is not UNSET:
            field_dict["etag"] = etag
        if expected_total_bytes is not UNSET:
            field_dict["expected_total_bytes"] = expected_total_bytes
        if final_url is not UNSET:
            field_dict["final_url"] = final_url
        if id is not UNSET:
            field_dict["id"] = id
        if job_ended is not UNSET:
            field_dict["job_ended"] = job_ended
        if job_started is not UNSET:
            field_dict["job_started"] = job_started
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if priority is not UNSET:
            field_dict["priority"] = priority
        if resume_from_scratch is not UNSET:
            field_dict["resume_from_scratch"] = resume_from_scratch
        if resume_message is not UNSET:
            field_dict["resume_message"] = resume_message
        if resume_required is not UNSET:
            field_dict["resume_required"] = resume_required
        if status is not UNSET:
            field_dict["status"] = status
        if total_bytes is not UNSET:
            field_dict["total_bytes"] = total_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dest = d.pop("dest")

        source = d.pop("source")

        def _parse_access_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_token = _parse_access_token(d.pop("access_token", UNSET))

        bytes_ = d.pop("bytes", UNSET)

        def _parse_canonical_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        canonical_url = _parse_canonical_url(d.pop("canonical_url", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        def _parse_download_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_path = _parse_download_path(d.pop("download_path", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_etag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        etag = _parse_etag(d.pop("etag", UNSET))

        def _parse_expected_total_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expected_total_bytes = _parse_expected_total_bytes(d.pop("expected_total_bytes", UNSET))

        def _parse_final_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        final_url = _parse_final_url(d.pop("final_url", UNSET))

        id = d.pop("id", UNSET)

        def _parse_job_ended(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_ended = _parse_job_ended(d.pop("job_ended", UNSET))

        def _parse_job_started(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_started = _parse_job_started(d.pop("job_started", UNSET))

        def _parse_last_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified = _parse_last_modified(d.pop("last_modified", UNSET))

        priority = d.pop("priority", UNSET)

        resume_from_scratch = d.pop("resume_from_scratch", UNSET)

        def _parse_resume_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resume_message = _parse_resume_message(d.pop("resume_message", UNSET))

        resume_required = d.pop("resume_required", UNSET)

        _status = d.pop("status", UNSET)
        status: DownloadJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_download_job_status(_status)

        total_bytes = d.pop("total_bytes", UNSET)

        download_job = cls(
            dest=dest,
            source=source,
            access_token=access_token,
            bytes_=bytes_,
            canonical_url=canonical_url,
            content_type=content_type,
            download_path=download_path,
            error=error,
            error_type=error_type,
            etag=etag,
            expected_total_bytes=expected_total_bytes,
            final_url=final_url,
            id=id,
            job_ended=job_ended,
            job_started=job_started,
            last_modified=last_modified,
            priority=priority,
            resume_from_scratch=resume_from_scratch,
            resume_message=resume_message,
            resume_required=resume_required,
            status=status,
            total_bytes=total_bytes,
        )

        download_job.additional_properties = d
        return download_job

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
