from enum import StrEnum


class ApiV1AssessmentsMethodsJudgementsUpdateEvidenceNoteErrorComponentAttr(StrEnum):
    EVIDENCE_NOTE = "evidence_note"

    def __str__(self) -> str:
        return str(self.value)
