from enum import StrEnum


class ApiV1OrganisationsListKindErrorComponentCode(StrEnum):
    INVALID_CHOICE = "invalid_choice"

    def __str__(self) -> str:
        return str(self.value)
