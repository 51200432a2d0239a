from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.option import Option


T = TypeVar("T", bound="Duty")


@_attrs_define
class Duty:
    """
    Attributes:
        number (int): Duty number, e.g. 9.
        text (str): What the duty is.
        is_core (bool): True for a core duty.
        option (None | Option): The duty's option; null when core.
        ksbs (list[str]): Codes of the KSBs it maps.
        external_id (str | Unset): Its id in the Skills England standards API (a GUID); empty when not imported from
            there.
    """

    number: int
    text: str
    is_core: bool
    option: None | Option
    ksbs: list[str]
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.option import Option  # noqa: PLC0415

        number = self.number

        text = self.text

        is_core = self.is_core

        option: dict[str, Any] | None
        if isinstance(self.option, Option):
            option = self.option.to_dict()
        else:
            option = self.option

        ksbs = self.ksbs

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "text": text,
                "is_core": is_core,
                "option": option,
                "ksbs": ksbs,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.option import Option  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        text = d.pop("text")

        is_core = d.pop("is_core")

        def _parse_option(data: object) -> None | Option:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                option_type_1 = Option.from_dict(data)

                return option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Option, data)

        option = _parse_option(d.pop("option"))

        ksbs = cast(list[str], d.pop("ksbs"))

        external_id = d.pop("external_id", UNSET)

        duty = cls(
            number=number,
            text=text,
            is_core=is_core,
            option=option,
            ksbs=ksbs,
            external_id=external_id,
        )

        duty.additional_properties = d
        return duty

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
