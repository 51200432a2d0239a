from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_enum import OutcomeEnum

if TYPE_CHECKING:
    from ..models.sync_error import SyncError


T = TypeVar("T", bound="SyncResult")


@_attrs_define
class SyncResult:
    """
    Attributes:
        index (int): Position of the record in the request.
        uln (str):
        standard (str):
        outcome (OutcomeEnum): * `created` - created
            * `updated` - updated
            * `unchanged` - unchanged
            * `error` - error
        apprenticeship_id (int | None):
        errors (list[SyncError]):
    """

    index: int
    uln: str
    standard: str
    outcome: OutcomeEnum
    apprenticeship_id: int | None
    errors: list[SyncError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        uln = self.uln

        standard = self.standard

        outcome = self.outcome.value

        apprenticeship_id: int | None
        apprenticeship_id = self.apprenticeship_id

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "uln": uln,
                "standard": standard,
                "outcome": outcome,
                "apprenticeship_id": apprenticeship_id,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_error import SyncError  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        uln = d.pop("uln")

        standard = d.pop("standard")

        outcome = OutcomeEnum(d.pop("outcome"))

        def _parse_apprenticeship_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        apprenticeship_id = _parse_apprenticeship_id(d.pop("apprenticeship_id"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = SyncError.from_dict(errors_item_data)

            errors.append(errors_item)

        sync_result = cls(
            index=index,
            uln=uln,
            standard=standard,
            outcome=outcome,
            apprenticeship_id=apprenticeship_id,
            errors=errors,
        )

        sync_result.additional_properties = d
        return sync_result

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
