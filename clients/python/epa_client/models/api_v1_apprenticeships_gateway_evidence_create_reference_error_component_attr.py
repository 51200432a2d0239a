from enum import StrEnum


class ApiV1ApprenticeshipsGatewayEvidenceCreateReferenceErrorComponentAttr(StrEnum):
    REFERENCE = "reference"

    def __str__(self) -> str:
        return str(self.value)
