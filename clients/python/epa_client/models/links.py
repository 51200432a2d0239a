from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.links_collections import LinksCollections
    from ..models.links_docs import LinksDocs
    from ..models.links_health import LinksHealth


T = TypeVar("T", bound="Links")


@_attrs_define
class Links:
    """
    Attributes:
        name (str): The service.
        version (str): The API's version.
        docs (LinksDocs): Swagger UI, ReDoc and the OpenAPI schema.
        collections (LinksCollections): The API's collections, by name.
        health (LinksHealth): Liveness and readiness.
    """

    name: str
    version: str
    docs: LinksDocs
    collections: LinksCollections
    health: LinksHealth
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        docs = self.docs.to_dict()

        collections = self.collections.to_dict()

        health = self.health.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "docs": docs,
                "collections": collections,
                "health": health,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links_collections import LinksCollections  # noqa: PLC0415
        from ..models.links_docs import LinksDocs  # noqa: PLC0415
        from ..models.links_health import LinksHealth  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        version = d.pop("version")

        docs = LinksDocs.from_dict(d.pop("docs"))

        collections = LinksCollections.from_dict(d.pop("collections"))

        health = LinksHealth.from_dict(d.pop("health"))

        links = cls(
            name=name,
            version=version,
            docs=docs,
            collections=collections,
            health=health,
        )

        links.additional_properties = d
        return links

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
