from enum import StrEnum


class ApiDfeV1CertificateUpdateNonFieldErrorsErrorComponentCode(StrEnum):
    NOT_A_LIST = "not_a_list"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
