from enum import StrEnum


class ApiDfeV1CertificateUpdateINDEXPostalContactDepartmentErrorComponentAttr(StrEnum):
    INDEX_POSTALCONTACT_DEPARTMENT = "INDEX.postalContact.department"

    def __str__(self) -> str:
        return str(self.value)
