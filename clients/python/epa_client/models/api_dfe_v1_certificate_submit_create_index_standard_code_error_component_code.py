from enum import StrEnum


class ApiDfeV1CertificateSubmitCreateINDEXStandardCodeErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MAX_STRING_LENGTH = "max_string_length"

    def __str__(self) -> str:
        return str(self.value)
