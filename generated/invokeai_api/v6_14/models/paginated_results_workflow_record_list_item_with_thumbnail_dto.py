from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_record_list_item_with_thumbnail_dto import WorkflowRecordListItemWithThumbnailDTO


T = TypeVar("T", bound="PaginatedResultsWorkflowRecordListItemWithThumbnailDTO")


@_attrs_define
class PaginatedResultsWorkflowRecordListItemWithThumbnailDTO:
    items: list[WorkflowRecordListItemWithThumbnailDTO]
    """ Items """
    page: int
    """ Current Page """
    pages: int
    """ Total number of pages """
    per_page: int
    """ Number of items per page """
    total: int
    """ Total number of items in result """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        page = self.page

        pages = self.pages

        per_page = self.per_page

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "page": page,
                "pages": pages,
                "per_page": per_page,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_record_list_item_with_thumbnail_dto import WorkflowRecordListItemWithThumbnailDTO  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = WorkflowRecordListItemWithThumbnailDTO.from_dict(items_item_data)

            items.append(items_item)

        page = d.pop("page")

        pages = d.pop("pages")

        per_page = d.pop("per_page")

        total = d.pop("total")

        paginated_results_workflow_record_list_item_with_thumbnail_dto = cls(
            items=items,
            page=page,
            pages=pages,
            per_page=per_page,
            total=total,
        )

        paginated_results_workflow_record_list_item_with_thumbnail_dto.additional_properties = d
        return paginated_results_workflow_record_list_item_with_thumbnail_dto

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
