"""DfE's request and response shapes, for the OpenAPI schema only: the views read bodies with
``requests`` (case-insensitive names, DfE's binding), and answer with ``shapes``."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiExample
from rest_framework import serializers


class DfeErrorSerializer(serializers.Serializer):
    statusCode = serializers.IntegerField(help_text="The HTTP status, repeated.")
    message = serializers.CharField(
        help_text="DfE's message; several joined with `; ` in evaluation order.")


class StandardRefSerializer(serializers.Serializer):
    standardCode = serializers.IntegerField(
        required=False, allow_null=True, help_text="LARS code.")
    standardReference = serializers.CharField(
        required=False, allow_null=True, help_text="IfATE reference, e.g. `ST0792`. When both "
                                                   "are given they must agree.")


class StandardBlockSerializer(StandardRefSerializer):
    standardName = serializers.CharField(help_text="The standard's title.")
    level = serializers.IntegerField(help_text="The standard's level.")


class LearnerRefSerializer(serializers.Serializer):
    uln = serializers.IntegerField(help_text="10 digits, 1000000000-9999999999.")
    familyName = serializers.CharField(
        help_text="Matched case-insensitively against the learner.")


class LearnerBlockSerializer(LearnerRefSerializer):
    givenNames = serializers.CharField(help_text="The learner's given names.")


class EpaAttemptSerializer(serializers.Serializer):
    epaDate = serializers.DateTimeField(help_text="From 2017-01-01 up to now.")
    epaOutcome = serializers.CharField(
        help_text="`pass`, `fail` or `withdrawn`, any case (answered capitalised).")
    resit = serializers.BooleanField(required=False, allow_null=True,
                                     help_text="A resit (no further learning).")
    retake = serializers.BooleanField(required=False, allow_null=True,
                                      help_text="A retake (after further learning).")


class EpaDetailsInSerializer(serializers.Serializer):
    epas = EpaAttemptSerializer(many=True, help_text="One entry per attempt, non-empty.")


class EpaLearningDetailsSerializer(serializers.Serializer):
    version = serializers.CharField(required=False, allow_null=True,
                                    help_text="The standard version, e.g. `1.0`.")
    courseOption = serializers.CharField(
        required=False, allow_null=True, help_text="Part of an option's title.")


class CreateEpaItemSerializer(serializers.Serializer):
    requestId = serializers.CharField(required=False, allow_null=True,
                                      help_text="Echoed in the item's result.")
    standard = StandardRefSerializer(help_text="The standard.")
    learner = LearnerRefSerializer(help_text="The learner.")
    learningDetails = EpaLearningDetailsSerializer(
        required=False, help_text="Version and option; optional.")
    epaDetails = EpaDetailsInSerializer(help_text="The attempts.")


class UpdateEpaItemSerializer(CreateEpaItemSerializer):
    epaReference = serializers.CharField(
        help_text="The record's reference. The attempts sent replace those recorded.")


class EpaResultSerializer(serializers.Serializer):
    requestId = serializers.CharField(required=False, help_text="As sent.")
    epaReference = serializers.CharField(
        required=False, help_text="On success only.")
    validationErrors = serializers.ListField(
        child=serializers.CharField(), help_text="DfE's messages; empty on success.")


class CertLearningDetailsInSerializer(serializers.Serializer):
    version = serializers.CharField(required=False, allow_null=True,
                                    help_text="The standard version; the learner's when omitted.")
    courseOption = serializers.CharField(
        required=False, allow_null=True, help_text="Required when the version has options.")
    overallGrade = serializers.CharField(
        help_text="Pass, Credit, Merit, Distinction, Pass with excellence, Outstanding or No "
                  "grade awarded (any case).")
    achievementDate = serializers.DateTimeField(
        help_text="Not before 2017-01-01, the learning start, nor in the future.")


class PostalContactSerializer(serializers.Serializer):
    contactName = serializers.CharField(help_text="Required.")
    department = serializers.CharField(required=False, allow_null=True, help_text="Optional.")
    organisation = serializers.CharField(required=False, allow_null=True,
                                         help_text="Needed to submit.")
    addressLine1 = serializers.CharField(help_text="Required.")
    addressLine2 = serializers.CharField(required=False, allow_null=True,
                                         help_text="Optional.")
    addressLine3 = serializers.CharField(required=False, allow_null=True,
                                         help_text="Optional.")
    city = serializers.CharField(help_text="Required.")
    postCode = serializers.CharField(help_text="A UK postcode.")


class CreateCertificateItemSerializer(serializers.Serializer):
    requestId = serializers.CharField(required=False, allow_null=True,
                                      help_text="Echoed in the item's result.")
    standard = StandardRefSerializer(help_text="The standard.")
    learner = LearnerRefSerializer(help_text="The learner.")
    learningDetails = CertLearningDetailsInSerializer(
        help_text="Grade, date, version, option.")
    postalContact = PostalContactSerializer(help_text="Where DfE posts it.")


class UpdateCertificateItemSerializer(CreateCertificateItemSerializer):
    certificateReference = serializers.CharField(
        help_text="The certificate's reference.")


class SubmitItemSerializer(serializers.Serializer):
    requestId = serializers.CharField(required=False, allow_null=True,
                                      help_text="Echoed in the item's result.")
    uln = serializers.IntegerField(help_text="10 digits.")
    standardCode = serializers.IntegerField(
        required=False, allow_null=True, help_text="LARS code (or the reference).")
    standardReference = serializers.CharField(
        required=False, allow_null=True, help_text="IfATE reference (wins when it resolves).")
    familyName = serializers.CharField(help_text="The learner's family name.")
    certificateReference = serializers.CharField(
        help_text="The certificate's reference.")


class CertLearningDetailsOutSerializer(serializers.Serializer):
    version = serializers.CharField(help_text="The standard version.")
    courseOption = serializers.CharField(required=False, help_text="The option.")
    overallGrade = serializers.CharField(help_text="The DfE grade.")
    achievementDate = serializers.DateTimeField(help_text="Achieved on.")
    learningStartDate = serializers.DateTimeField(help_text="Started on.")
    providerName = serializers.CharField(help_text="The provider.")
    providerUkPrn = serializers.IntegerField(help_text="The provider's UKPRN.")


class CertificateDataSerializer(serializers.Serializer):
    certificateReference = serializers.CharField(help_text="8 digits.")
    standard = StandardBlockSerializer(help_text="The standard.")
    learner = LearnerBlockSerializer(help_text="The learner.")
    learningDetails = CertLearningDetailsOutSerializer(
        help_text="Grade, dates, provider.")
    postalContact = PostalContactSerializer(
        required=False, help_text="Where DfE posts it.")


class CurrentStatusSerializer(serializers.Serializer):
    currentStatus = serializers.CharField(
        help_text="`Draft`, `Ready` (complete) or `Submitted`.")


class CreatedSerializer(serializers.Serializer):
    createdAt = serializers.DateTimeField(help_text="When.")
    createdBy = serializers.CharField(help_text="A user's name, or `API`.")


class SubmittedSerializer(serializers.Serializer):
    submittedAt = serializers.DateTimeField(help_text="When.")
    submittedBy = serializers.CharField(help_text="A user's name, or `API`.")


class DfeCertificateSerializer(serializers.Serializer):
    certificateData = CertificateDataSerializer(help_text="The certificate.")
    status = CurrentStatusSerializer(help_text="Its status.")
    created = CreatedSerializer(required=False, help_text="Who created it.")
    submitted = SubmittedSerializer(required=False, help_text="Who submitted it.")


class CertificateResultSerializer(serializers.Serializer):
    requestId = serializers.CharField(required=False, help_text="As sent.")
    certificate = DfeCertificateSerializer(required=False, help_text="On success only.")
    validationErrors = serializers.ListField(
        child=serializers.CharField(), help_text="DfE's messages; empty on success.")


class LearnerDetailsSerializer(serializers.Serializer):
    learningStartDate = serializers.DateTimeField(help_text="Started on.")
    plannedEndDate = serializers.DateTimeField(help_text="Planned end.")
    providerName = serializers.CharField(help_text="The provider.")
    providerUkPrn = serializers.IntegerField(help_text="Its UKPRN.")
    version = serializers.CharField(help_text="The learner's standard version.")
    courseOption = serializers.CharField(required=False,
                                         help_text="The learner's option.")


class LearnerDataSerializer(serializers.Serializer):
    standard = StandardBlockSerializer(help_text="The standard.")
    learner = LearnerBlockSerializer(help_text="The learner.")
    learningDetails = LearnerDetailsSerializer(help_text="The apprenticeship.")


class CompletionSerializer(serializers.Serializer):
    completionStatus = serializers.IntegerField(
        help_text="1 continuing, 2 complete, 3 withdrawn, 6 temporarily withdrawn.")


class EpaDetailsOutSerializer(serializers.Serializer):
    epaReference = serializers.CharField(help_text="8 digits.")
    latestEpaDate = serializers.DateTimeField(help_text="Latest attempt's date.")
    latestEpaOutcome = serializers.CharField(
        help_text="`Pass`, `Fail` or `Withdrawn`.")
    epas = EpaAttemptSerializer(many=True, help_text="Every attempt.")


class DfeLearnerSerializer(serializers.Serializer):
    learnerData = LearnerDataSerializer(help_text="The learner.")
    status = CompletionSerializer(help_text="Completion.")
    epaDetails = EpaDetailsOutSerializer(required=False,
                                         help_text="The EPA record, if any.")
    certificate = DfeCertificateSerializer(required=False,
                                           help_text="The certificate, if one is shown.")


class OptionSetSerializer(serializers.Serializer):
    standardCode = serializers.IntegerField(help_text="LARS code.")
    standardReference = serializers.CharField(help_text="IfATE reference.")
    version = serializers.CharField(help_text="The version.")
    courseOption = serializers.ListField(
        child=serializers.CharField(), help_text="The version's options.")


EPA_EXAMPLE = OpenApiExample("One first attempt", request_only=True, value=[{
    "requestId": "r-001", "standard": {"standardReference": "ST0792"},
    "learner": {"uln": 1234567890, "familyName": "Smith"},
    "learningDetails": {"version": "1.0", "courseOption": "Production coordinator"},
    "epaDetails": {"epas": [{"epaDate": "2026-05-14", "epaOutcome": "pass"}]}}])
CERTIFICATE_EXAMPLE = OpenApiExample("A merit", request_only=True, value=[{
    "requestId": "c-001", "standard": {"standardReference": "ST0792"},
    "learner": {"uln": 1234567890, "familyName": "Smith"},
    "learningDetails": {"version": "1.0", "courseOption": "Production coordinator",
                        "overallGrade": "Merit", "achievementDate": "2026-06-03"},
    "postalContact": {"contactName": "Alex Jones", "organisation": "Example Employer plc",
                      "addressLine1": "1 High Street", "city": "Coventry",
                      "postCode": "CV1 2WT"}}])
BATCH_REFUSED = OpenApiExample("More than 25 items", response_only=True, status_codes=["403"],
                               value={"statusCode": 403,
                                      "message": "Batch limited to 25 requests"})
