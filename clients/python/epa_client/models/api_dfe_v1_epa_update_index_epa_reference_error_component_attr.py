from enum import StrEnum


class ApiDfeV1EpaUpdateINDEXEpaReferenceErrorComponentAttr(StrEnum):
    INDEX_EPAREFERENCE = "INDEX.epaReference"

    def __str__(self) -> str:
        return str(self.value)
