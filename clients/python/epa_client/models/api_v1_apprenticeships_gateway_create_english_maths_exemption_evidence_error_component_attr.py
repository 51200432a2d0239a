from enum import StrEnum


class ApiV1ApprenticeshipsGatewayCreateEnglishMathsExemptionEvidenceErrorComponentAttr(StrEnum):
    ENGLISH_MATHS_EXEMPTION_EVIDENCE = "english_maths_exemption_evidence"

    def __str__(self) -> str:
        return str(self.value)
