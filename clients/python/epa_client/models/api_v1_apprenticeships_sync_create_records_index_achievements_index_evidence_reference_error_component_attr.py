from enum import StrEnum


class ApiV1ApprenticeshipsSyncCreateRecordsINDEXAchievementsINDEXEvidenceReferenceErrorComponentAttr(StrEnum):
    RECORDS_INDEX_ACHIEVEMENTS_INDEX_EVIDENCE_REFERENCE = "records.INDEX.achievements.INDEX.evidence_reference"

    def __str__(self) -> str:
        return str(self.value)
