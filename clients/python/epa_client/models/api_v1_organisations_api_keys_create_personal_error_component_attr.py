from enum import StrEnum


class ApiV1OrganisationsApiKeysCreatePersonalErrorComponentAttr(StrEnum):
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)
