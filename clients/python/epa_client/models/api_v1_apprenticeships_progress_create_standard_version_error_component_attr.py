from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreateStandardVersionErrorComponentAttr(StrEnum):
    STANDARD_VERSION = "standard_version"

    def __str__(self) -> str:
        return str(self.value)
