from enum import StrEnum


class ApiV1OrganisationsApiKeysCreateScopesErrorComponentAttr(StrEnum):
    SCOPES = "scopes"

    def __str__(self) -> str:
        return str(self.value)
