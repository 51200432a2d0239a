from enum import StrEnum


class ApiV1ApprenticeshipsGatewayEvidenceCreateEvidenceDateErrorComponentAttr(StrEnum):
    EVIDENCE_DATE = "evidence_date"

    def __str__(self) -> str:
        return str(self.value)
