from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_v1_apprenticeships_partial_update_epao_error_component_attr import (
    ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponentAttr,
)
from ..models.api_v1_apprenticeships_partial_update_epao_error_component_code import (
    ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponentCode,
)

T = TypeVar("T", bound="ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponent")


@_attrs_define
class ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponent:
    """
    Attributes:
        attr (ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponentAttr): * `epao` - epao
        code (ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponentCode): * `does_not_exist` - does_not_exist
            * `epao_not_approved` - epao_not_approved
            * `gateway_submitted` - gateway_submitted
            * `incorrect_type` - incorrect_type
            * `locked_after_gateway` - locked_after_gateway
            * `not_an_epao` - not_an_epao
        detail (str):
    """

    attr: ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponentAttr
    code: ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponentCode
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attr = self.attr.value

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
        attr = ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponentAttr(d.pop("attr"))

        code = ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponentCode(d.pop("code"))

        detail = d.pop("detail")

        api_v1_apprenticeships_partial_update_epao_error_component = cls(
            attr=attr,
            code=code,
            detail=detail,
        )

        api_v1_apprenticeships_partial_update_epao_error_component.additional_properties = d
        return api_v1_apprenticeships_partial_update_epao_error_component

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
