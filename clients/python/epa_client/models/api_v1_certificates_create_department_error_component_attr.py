from enum import StrEnum


class ApiV1CertificatesCreateDepartmentErrorComponentAttr(StrEnum):
    DEPARTMENT = "department"

    def __str__(self) -> str:
        return str(self.value)
