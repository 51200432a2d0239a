from enum import StrEnum


class ApiDfeV1EpaUpdateINDEXStandardStandardReferenceErrorComponentAttr(StrEnum):
    INDEX_STANDARD_STANDARDREFERENCE = "INDEX.standard.standardReference"

    def __str__(self) -> str:
        return str(self.value)
