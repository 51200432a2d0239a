from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ksb_kind_enum import KSBKindEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.option import Option


T = TypeVar("T", bound="KSB")


@_attrs_define
class KSB:
    """
    Attributes:
        code (str): K, S or B and the number, e.g. K17.
        kind (KSBKindEnum): * `knowledge` - Knowledge
            * `skill` - Skill
            * `behaviour` - Behaviour
        number (int): Number within its kind.
        text (str): Full text of the statement.
        options (list[Option]): Options this KSB applies to (all options when a core duty maps it). Empty for a standard
            without options.
        external_id (str | Unset): Its id in the Skills England standards API (a GUID); empty when not imported from
            there.
    """

    code: str
    kind: KSBKindEnum
    number: int
    text: str
    options: list[Option]
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind.value

        number = self.number

        text = self.text

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "kind": kind,
                "number": number,
                "text": text,
                "options": options,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.option import Option  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        kind = KSBKindEnum(d.pop("kind"))

        number = d.pop("number")

        text = d.pop("text")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = Option.from_dict(options_item_data)

            options.append(options_item)

        external_id = d.pop("external_id", UNSET)

        ksb = cls(
            code=code,
            kind=kind,
            number=number,
            text=text,
            options=options,
            external_id=external_id,
        )

        ksb.additional_properties = d
        return ksb

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
