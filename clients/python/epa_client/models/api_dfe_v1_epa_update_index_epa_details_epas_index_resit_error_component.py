from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_dfe_v1_epa_update_index_epa_details_epas_index_resit_error_component_code import (
    ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponentCode,
)

T = TypeVar("T", bound="ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponent")


@_attrs_define
class ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponent:
    """
    Attributes:
        attr (str): * `INDEX.epaDetails.epas.INDEX.resit` - INDEX.epaDetails.epas.INDEX.resit
        code (ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponentCode): * `invalid` - invalid
        detail (str):
    """

    attr: str
    code: ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponentCode
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attr = self.attr

        code = self.code.value

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attr": attr,
                "code": code,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attr = d.pop("attr")

        code = ApiDfeV1EpaUpdateINDEXEpaDetailsEpasINDEXResitErrorComponentCode(d.pop("code"))

        detail = d.pop("detail")

        api_dfe_v1_epa_update_index_epa_details_epas_index_resit_error_component = cls(
            attr=attr,
            code=code,
            detail=detail,
        )

        api_dfe_v1_epa_update_index_epa_details_epas_index_resit_error_component.additional_properties = d
        return api_dfe_v1_epa_update_index_epa_details_epas_index_resit_error_component

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
