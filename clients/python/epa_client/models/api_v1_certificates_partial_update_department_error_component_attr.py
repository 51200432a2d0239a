from enum import StrEnum


class ApiV1CertificatesPartialUpdateDepartmentErrorComponentAttr(StrEnum):
    DEPARTMENT = "department"

    def __str__(self) -> str:
        return str(self.value)
