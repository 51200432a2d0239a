from enum import StrEnum


class ApiV1AssessmentsMethodsJudgementsUpdateKsbsObservedErrorComponentCode(StrEnum):
    KSB_NOT_IN_CRITERION = "ksb_not_in_criterion"
    MAX_LENGTH = "max_length"
    NOT_A_LIST = "not_a_list"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
