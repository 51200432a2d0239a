from enum import StrEnum


class ApiV1OrganisationsApiKeysCreateScopesINDEXErrorComponentAttr(StrEnum):
    SCOPES_INDEX = "scopes.INDEX"

    def __str__(self) -> str:
        return str(self.value)
