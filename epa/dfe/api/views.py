"""The DfE-compatible surface over HTTP, under ``/api/dfe/v1/``: DfE's paths, JSON names,
statuses and messages. The caller's organisation (its API key) stands for DfE's UKPRN: an
EPAO's admin or key; learners are those of apprenticeships naming that EPAO. Each view reads
the request (``requests``), runs the operation (``operations``) and answers in DfE's shape."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from epa.api.permissions import request_actor
from epa.api.throttling import OrganisationRateThrottle
from epa.dfe.api import messages as msg
from epa.dfe.api import operations as ops
from epa.dfe.api import requests as req
from epa.dfe.api import serializers as s
from epa.organisations.models import Organisation, OrganisationKind, Role
from epa.plans.models import DFE_CERTIFICATE_GRADES

BATCH_LIMIT = 25
TAG = ["dfe"]


class Refusal(Exception):
    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message


def dfe_error(status_code: int, message: str) -> Response:
    return Response({"statusCode": status_code, "message": message}, status=status_code)


def refused(status_code: int, description: str) -> OpenApiResponse:
    return OpenApiResponse(s.DfeErrorSerializer, description=description)


ERRORS = {401: refused(401, "No valid API key."),
          403: refused(403, "DfE's validation messages, a batch of more than 25, or input "
                            "that does not match the definition.")}
BATCH_ERRORS = {**ERRORS, 403: OpenApiResponse(
    s.DfeErrorSerializer, description="More than 25 items, or input that does not match the "
                                      "definition; per-item problems are in the item's "
                                      "`validationErrors`.", examples=[s.BATCH_REFUSED])}
ULN = OpenApiParameter("uln", str, OpenApiParameter.PATH, description="The ULN (10 digits).")
FAMILY = OpenApiParameter("family_name", str, OpenApiParameter.PATH,
                          description="The learner's family name (case ignored).")
STANDARD = OpenApiParameter("standard", str, OpenApiParameter.PATH,
                            description="A LARS code (`598`) or an IfATE reference (`ST0792`).")
VERSION = OpenApiParameter("version", str, OpenApiParameter.PATH,
                           description="The standard version, e.g. `1.0`.")


class DfeView(APIView):
    """DfE's answers: ``{"statusCode", "message"}`` for every refusal."""

    permission_classes = [IsAuthenticated]
    pagination_class = None
    filter_backends: list = []

    def get_throttles(self):
        return [] if self.request.method == "GET" else [OrganisationRateThrottle()]

    throttle_scope = "writes"

    def handle_exception(self, exc):
        if isinstance(exc, Refusal):
            return dfe_error(exc.status_code, exc.message)
        if isinstance(exc, (exceptions.NotAuthenticated, exceptions.AuthenticationFailed)):
            return dfe_error(401, "Access denied: send a valid API key.")
        if isinstance(exc, (req.InvalidInput, exceptions.ParseError,
                            exceptions.ValidationError, exceptions.UnsupportedMediaType)):
            return dfe_error(403, msg.INVALID_INPUT)
        return super().handle_exception(exc)

    @property
    def actor(self):
        return request_actor(self.request)

    def epao(self) -> Organisation:
        """The caller's EPAO: the one organisation it acts for as an admin (or its key)."""
        ids = self.actor.organisation_ids(OrganisationKind.EPAO, {Role.ADMIN})
        if len(ids) != 1:
            raise Refusal(403, msg.UKPRN_NOT_FOUND if not ids else msg.NOT_LINKED)
        return Organisation.objects.get(pk=next(iter(ids)))

    def items(self) -> list[dict]:
        data = self.request.data
        if not isinstance(data, list):
            raise req.InvalidInput("body")
        if len(data) > BATCH_LIMIT:
            raise Refusal(403, msg.BATCH_LIMIT)
        if not all(isinstance(item, dict) for item in data):
            raise req.InvalidInput("item")
        return [req.folded(item) for item in data]


def _joined(problems: list[str]) -> Response:
    return dfe_error(403, "; ".join(problems))


# -- learner --------------------------------------------------------------------------------

class LearnerView(DfeView):
    @extend_schema(
        tags=TAG, summary="DfE: get a learner",
        description="The learner on a standard with any EPA record and certificate: DfE's "
                    "`GET /api/v1/learner/{uln}/{familyName}/{standard}`. Only learners of "
                    "apprenticeships naming the caller's EPAO are found.",
        parameters=[ULN, FAMILY, STANDARD],
        responses={200: s.DfeLearnerSerializer, **ERRORS})
    def get(self, request, uln, family_name, standard):
        epao = self.epao()
        problems, body = ops.learner_get(epao, uln=req.path_uln(uln), family_name=family_name,
                                         raw_standard=standard,
                                         sent=req.path_standard(standard))
        return _joined(problems) if problems else Response(body)


# -- EPA records ----------------------------------------------------------------------------

def _epa_item(item: dict, *, update: bool) -> ops.EpaItem:
    learner = req.obj(item, "learner") or {}
    details = req.obj(item, "learningdetails") or {}
    epa_details = req.obj(item, "epadetails")
    attempts = None
    if epa_details is not None:
        raw = epa_details.get("epas")
        if raw is not None and not isinstance(raw, list):
            raise req.InvalidInput("epas")
        attempts = []
        for attempt in raw or []:
            if not isinstance(attempt, dict):
                raise req.InvalidInput("epas")
            attempts.append(ops.Attempt(date=req.date(attempt, "epadate"),
                                        outcome=req.text(attempt, "epaoutcome") or "",
                                        resit=req.boolean(attempt, "resit"),
                                        retake=req.boolean(attempt, "retake")))
    return ops.EpaItem(
        request_id=req.text(item, "requestid"),
        uln=req.integer(learner, "uln", nullable=False, default=0),
        family_name=req.text(learner, "familyname"),
        standard=req.standard_sent(req.obj(item, "standard")),
        version=req.text(details, "version") or None,
        option=req.text(details, "courseoption") or None,
        attempts=attempts,
        epa_reference=req.text(item, "epareference") if update else None)


class EpaView(DfeView):
    @extend_schema(
        tags=TAG, summary="DfE: record EPA outcomes",
        description="Up to 25 learners' EPA records, each one or more attempts (pass, fail or "
                    "withdrawn, dated, resit/retake), recorded as outcomes of the native "
                    "service (`POST /api/v1/assessments/record-outcome/`) with its rules. One "
                    "result per item, in order; 200 even when items fail.",
        request=s.CreateEpaItemSerializer(many=True), examples=[s.EPA_EXAMPLE],
        responses={200: s.EpaResultSerializer(many=True), **BATCH_ERRORS})
    def post(self, request):
        epao = self.epao()
        items = [_epa_item(item, update=False) for item in self.items()]
        return Response([ops.epa_create(self.actor, epao, item) for item in items])

    @extend_schema(
        tags=TAG, summary="DfE: update EPA records",
        description="The attempts sent replace those recorded (the resit and retake path: "
                    "resend every attempt). Not once a certificate exists.",
        request=s.UpdateEpaItemSerializer(many=True),
        responses={200: s.EpaResultSerializer(many=True), **BATCH_ERRORS})
    def put(self, request):
        epao = self.epao()
        items = [_epa_item(item, update=True) for item in self.items()]
        return Response([ops.epa_update(self.actor, epao, item) for item in items])


class EpaDeleteView(DfeView):
    @extend_schema(
        tags=TAG, summary="DfE: delete an EPA record",
        description="Removes the outcomes recorded directly (and a certificate not yet "
                    "submitted). 204 when done.",
        parameters=[ULN, FAMILY, STANDARD,
                    OpenApiParameter("reference", str, OpenApiParameter.PATH,
                                     description="The EPA reference.")],
        responses={204: OpenApiResponse(description="Deleted."), **ERRORS})
    def delete(self, request, uln, family_name, standard, reference):
        problems = ops.epa_delete(self.actor, self.epao(), uln=req.path_uln(uln),
                                  family_name=family_name, sent=req.path_standard(standard),
                                  reference=reference)
        return _joined(problems) if problems else Response(status=status.HTTP_204_NO_CONTENT)


# -- certificates ---------------------------------------------------------------------------

CONTACT = {"contactname": "contact_name", "department": "department",
           "organisation": "organisation", "addressline1": "address_line1",
           "addressline2": "address_line2", "addressline3": "address_line3", "city": "city",
           "postcode": "postcode"}


def _certificate_item(item: dict, *, update: bool) -> ops.CertificateItem:
    learner = req.obj(item, "learner") or {}
    details = req.obj(item, "learningdetails")
    contact = req.obj(item, "postalcontact")
    values = None
    if details is not None or contact is not None:
        values = {native: req.text(contact, name) or "" for name, native in CONTACT.items()}
        values["overall_grade"] = req.text(details, "overallgrade") or ""
        values["achievement_date"] = req.date(details, "achievementdate")
        values["option"] = req.text(details, "courseoption") or ""
    return ops.CertificateItem(
        request_id=req.text(item, "requestid"),
        uln=req.integer(learner, "uln", nullable=False, default=0),
        family_name=req.text(learner, "familyname"),
        standard=req.standard_sent(req.obj(item, "standard")),
        version=req.text(details, "version") or None,
        values=values,
        certificate_reference=req.text(item, "certificatereference") if update else None)


class CertificateView(DfeView):
    @extend_schema(
        tags=TAG, summary="DfE: create certificate requests",
        description="Up to 25 certificate requests, created by the native service with its "
                    "rules (DfE's messages). Without a pass on record, a pass dated the "
                    "achievement date is recorded first, as DfE does.",
        request=s.CreateCertificateItemSerializer(many=True), examples=[s.CERTIFICATE_EXAMPLE],
        responses={200: s.CertificateResultSerializer(many=True), **BATCH_ERRORS})
    def post(self, request):
        epao = self.epao()
        items = [_certificate_item(item, update=False) for item in self.items()]
        return Response([ops.certificate_create(self.actor, epao, item) for item in items])

    @extend_schema(
        tags=TAG, summary="DfE: update certificate requests",
        description="Replace the grade, date, option, version and contact of draft requests.",
        request=s.UpdateCertificateItemSerializer(many=True),
        responses={200: s.CertificateResultSerializer(many=True), **BATCH_ERRORS})
    def put(self, request):
        epao = self.epao()
        items = [_certificate_item(item, update=True) for item in self.items()]
        return Response([ops.certificate_update(self.actor, epao, item) for item in items])


class CertificateSubmitView(DfeView):
    @extend_schema(
        tags=TAG, summary="DfE: submit certificate requests",
        description="Up to 25 ready requests sent to DfE (`Submitted`); the apprenticeship "
                    "becomes `certificate_requested`.",
        request=s.SubmitItemSerializer(many=True),
        responses={200: s.CertificateResultSerializer(many=True), **BATCH_ERRORS})
    def post(self, request):
        epao = self.epao()
        items = []
        for item in self.items():
            items.append(ops.SubmitItem(
                request_id=req.text(item, "requestid"),
                uln=req.integer(item, "uln", nullable=False, default=0),
                family_name=req.text(item, "familyname"),
                standard=req.standard_sent(item),
                certificate_reference=req.text(item, "certificatereference")))
        return Response([ops.certificate_submit(self.actor, epao, item) for item in items])


class CertificateReadView(DfeView):
    @extend_schema(
        tags=TAG, summary="DfE: get a certificate",
        description="The learner's certificate request: 200 with it, 204 when there is none "
                    "to show (none yet, deleted, or an EPA record only).",
        parameters=[ULN, FAMILY, STANDARD],
        responses={200: s.DfeCertificateSerializer,
                   204: OpenApiResponse(description="Nothing to show."), **ERRORS})
    def get(self, request, uln, family_name, standard):
        problems, body = ops.certificate_get(self.epao(), uln=req.path_uln(uln),
                                             family_name=family_name,
                                             sent=req.path_standard(standard))
        if problems:
            return _joined(problems)
        return Response(body) if body else Response(status=status.HTTP_204_NO_CONTENT)


class CertificateDeleteView(DfeView):
    @extend_schema(
        tags=TAG, summary="DfE: delete a certificate request",
        description="Before submission only; 204 when deleted (or deleted already).",
        parameters=[ULN, FAMILY, STANDARD,
                    OpenApiParameter("reference", str, OpenApiParameter.PATH,
                                     description="The certificate reference.")],
        responses={204: OpenApiResponse(description="Deleted."), **ERRORS})
    def delete(self, request, uln, family_name, standard, reference):
        problems = ops.certificate_delete(self.actor, self.epao(), uln=req.path_uln(uln),
                                          family_name=family_name,
                                          sent=req.path_standard(standard), reference=reference)
        return _joined(problems) if problems else Response(status=status.HTTP_204_NO_CONTENT)


class GradesView(DfeView):
    @extend_schema(tags=TAG, summary="DfE: certificate grades",
                   description="The grades a certificate takes, in DfE's order.",
                   responses={200: OpenApiResponse(
                       {"type": "array", "items": {"type": "string"}},
                       description="The seven grades."), 401: ERRORS[401]})
    def get(self, request):
        return Response(list(DFE_CERTIFICATE_GRADES))


class OptionsView(DfeView):
    @extend_schema(tags=TAG, summary="DfE: every standard's options",
                   description="The options of the latest version of every standard.",
                   responses={200: s.OptionSetSerializer(many=True), 401: ERRORS[401]})
    def get(self, request):
        return Response(ops.all_option_sets())


class StandardOptionsView(DfeView):
    @extend_schema(tags=TAG, summary="DfE: a standard's options",
                   operation_id="dfe_standard_options",
                   description="The options of the standard's latest version (or the version "
                               "named): 204 when it has none, 404 when not found.",
                   parameters=[STANDARD],
                   responses={200: s.OptionSetSerializer,
                              204: OpenApiResponse(description="No options."),
                              404: refused(404, "Not found."), 401: ERRORS[401]})
    def get(self, request, standard, version=None):
        code, body = ops.option_set_of(req.path_standard(standard), version)
        if code == 404:
            return dfe_error(404, "Standard not found" if version is None
                             else "Standard version not found")
        return Response(body) if body else Response(status=status.HTTP_204_NO_CONTENT)


class VersionOptionsView(StandardOptionsView):
    @extend_schema(tags=TAG, summary="DfE: a standard version's options",
                   operation_id="dfe_standard_version_options",
                   description="The options of the version: 204 when it has none, 404 when "
                               "not found.",
                   parameters=[STANDARD, VERSION],
                   responses={200: s.OptionSetSerializer,
                              204: OpenApiResponse(description="No options."),
                              404: refused(404, "Not found."), 401: ERRORS[401]})
    def get(self, request, standard, version=None):
        return super().get(request, standard, version)
