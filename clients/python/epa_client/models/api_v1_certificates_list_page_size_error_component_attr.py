from enum import StrEnum


class ApiV1CertificatesListPageSizeErrorComponentAttr(StrEnum):
    PAGE_SIZE = "page_size"

    def __str__(self) -> str:
        return str(self.value)
