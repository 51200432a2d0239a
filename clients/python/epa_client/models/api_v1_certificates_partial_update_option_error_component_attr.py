from enum import StrEnum


class ApiV1CertificatesPartialUpdateOptionErrorComponentAttr(StrEnum):
    OPTION = "option"

    def __str__(self) -> str:
        return str(self.value)
