from enum import StrEnum


class ApiV1OrganisationsListKindErrorComponentAttr(StrEnum):
    KIND = "kind"

    def __str__(self) -> str:
        return str(self.value)
