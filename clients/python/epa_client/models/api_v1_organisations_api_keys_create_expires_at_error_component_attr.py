from enum import StrEnum


class ApiV1OrganisationsApiKeysCreateExpiresAtErrorComponentAttr(StrEnum):
    EXPIRES_AT = "expires_at"

    def __str__(self) -> str:
        return str(self.value)
