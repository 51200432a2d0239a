from enum import StrEnum


class ApiDfeV1CertificateCreateINDEXPostalContactDepartmentErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_DEPARTMENT = "INDEX.postalContact.department"

    def __str__(self) -> str:
        return str(self.value)
