from enum import StrEnum


class ApiV1OrganisationsApiKeysCreateExpiresAtErrorComponentCode(StrEnum):
    DATE = "date"
    EXPIRY_IN_PAST = "expiry_in_past"
    INVALID = "invalid"
    MAKE_AWARE = "make_aware"
    OVERFLOW = "overflow"

    def __str__(self) -> str:
        return str(self.value)
