from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OptionSet")


@_attrs_define
class OptionSet:
    """
    Attributes:
        standard_code (int): LARS code.
        standard_reference (str): IfATE reference.
        version (str): The version.
        course_option (list[str]): The version's options.
    """

    standard_code: int
    standard_reference: str
    version: str
    course_option: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard_code = self.standard_code

        standard_reference = self.standard_reference

        version = self.version

        course_option = self.course_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standardCode": standard_code,
                "standardReference": standard_reference,
                "version": version,
                "courseOption": course_option,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        standard_code = d.pop("standardCode")

        standard_reference = d.pop("standardReference")

        version = d.pop("version")

        course_option = cast(list[str], d.pop("courseOption"))

        option_set = cls(
            standard_code=standard_code,
            standard_reference=standard_reference,
            version=version,
            course_option=course_option,
        )

        option_set.additional_properties = d
        return option_set

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
