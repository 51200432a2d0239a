from enum import StrEnum


class ApiDfeV1EpaUpdateINDEXStandardStandardCodeErrorComponentAttr(StrEnum):
    INDEX_STANDARD_STANDARDCODE = "INDEX.standard.standardCode"

    def __str__(self) -> str:
        return str(self.value)
