from enum import StrEnum


class ApiV1CertificatesCreateOptionErrorComponentAttr(StrEnum):
    OPTION = "option"

    def __str__(self) -> str:
        return str(self.value)
