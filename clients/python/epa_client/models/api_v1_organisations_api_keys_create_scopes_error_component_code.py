from enum import StrEnum


class ApiV1OrganisationsApiKeysCreateScopesErrorComponentCode(StrEnum):
    INVALID_SCOPES = "invalid_scopes"
    MAX_LENGTH = "max_length"
    MIN_LENGTH = "min_length"
    NOT_A_LIST = "not_a_list"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
