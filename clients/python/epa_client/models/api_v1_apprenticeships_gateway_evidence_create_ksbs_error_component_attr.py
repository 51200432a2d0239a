from enum import StrEnum


class ApiV1ApprenticeshipsGatewayEvidenceCreateKsbsErrorComponentAttr(StrEnum):
    KSBS = "ksbs"

    def __str__(self) -> str:
        return str(self.value)
