"""The read-only catalogue API. Anonymous reads are allowed (the catalogue is public data)."""

import re

from django.db.models import Prefetch
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from epa.standards.api.serializers import (
    KSB_VALUES,
    DutySerializer,
    KSBSerializer,
    ProgressionRouteSerializer,
    StandardDetailSerializer,
    StandardSerializer,
    StandardVersionDetailSerializer,
    StandardVersionSummarySerializer,
    ksb_rows_data,
)
from epa.standards.filters import (
    DutyFilter,
    KSBFilter,
    ProgressionFilter,
    StandardFilter,
    parse_version_number,
)
from epa.standards.models import KSB, Duty, ProgressionRoute, Standard, StandardVersion
from epa.standards.selectors import (
    ksb_duty_options,
    option_rows,
    version_numbered,
    version_with_summary,
    versions_newest_first,
    with_target_loaded,
)

REFERENCE_PARAM = OpenApiParameter(
    "reference", str, OpenApiParameter.PATH, pattern=r"^ST\d{4}$",
    description="Standard reference, e.g. ST0792.",
    examples=[
        OpenApiExample("ST0792", value="ST0792",
                       summary="Junior production coordinator: a version with two options"),
        OpenApiExample("ST0525", value="ST0525",
                       summary="Creative industries production manager: no version loaded"),
    ],
)
VERSION_PARAM = OpenApiParameter(
    "version", str, OpenApiParameter.PATH, pattern=r"^\d+\.\d+$",
    description="Version number, e.g. 1.0.",
    examples=[OpenApiExample("1.0", value="1.0")],
)
# The schema's ``^ST\d{4}$`` as it means it: ASCII digits, the whole value.
_REFERENCE = re.compile(r"ST[0-9]{4}")
_NEWEST_FIRST = Prefetch("versions", StandardVersion.objects.order_by("-major", "-minor"))


class CatalogueView:
    """Base for catalogue views: public reads, no writes."""

    permission_classes = [AllowAny]


class StandardScopedView(CatalogueView):
    """A view under ``/standards/{reference}/``: resolves the standard or answers 404.

    List views set ``model`` and implement ``scoped_queryset(standard)``.
    """

    model: type | None = None
    _standard = None

    @property
    def standard(self) -> Standard:
        if self._standard is None:
            reference = self.kwargs["reference"]
            if _REFERENCE.fullmatch(reference):  # nothing else can exist (nor reach PostgreSQL)
                self._standard = Standard.objects.filter(reference=reference).first()
            if self._standard is None:
                raise NotFound(f"There is no standard with reference {reference!r}.")
        return self._standard

    def scoped_version(self, number: tuple[int, int] | None) -> StandardVersion | None:
        """The standard's version numbered ``number`` (the latest with None), or None when it
        has no such version; 404 when the standard does not exist. A standard not resolved yet
        is resolved by the same query."""
        if self._standard is not None:
            version = version_numbered(number=number, standard=self._standard)
        elif _REFERENCE.fullmatch(self.kwargs["reference"]):
            version = version_numbered(number=number, reference=self.kwargs["reference"])
        else:
            return self.standard  # raises NotFound
        if version is not None:
            self._standard = self._standard or version.standard
            return version
        self.standard  # noqa: B018  (NotFound when the standard does not exist)
        return None

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation: no request
            return self.model.objects.none()
        return self.scoped_queryset(self.standard)

    def scoped_queryset(self, standard: Standard):
        raise NotImplementedError


@extend_schema(
    tags=["standards"],
    summary="List standards",
    description="Apprenticeship standards in the catalogue, by reference, filterable and "
    "searchable. Each shows its latest loaded version.",
)
class StandardList(CatalogueView, generics.ListAPIView):
    serializer_class = StandardSerializer
    filterset_class = StandardFilter
    queryset = Standard.objects.prefetch_related(_NEWEST_FIRST).order_by("reference")


@extend_schema(
    tags=["standards"],
    summary="Get a standard",
    description="A standard with its latest version in full: options with KSB counts, duty "
    "count, KSB counts by kind, and progression routes.",
    parameters=[REFERENCE_PARAM],
)
class StandardDetail(StandardScopedView, generics.RetrieveAPIView):
    serializer_class = StandardDetailSerializer

    def retrieve(self, request, *args, **kwargs) -> Response:
        standard = self.standard
        versions = list(standard.versions.all())  # newest first
        context = {
            **self.get_serializer_context(),
            "latest": version_with_summary(versions[0]) if versions else None,
        }
        return Response(self.get_serializer(standard, context=context).data)


@extend_schema(
    tags=["standards"],
    summary="List versions of a standard",
    description="Every loaded version of the standard, newest first.",
    parameters=[REFERENCE_PARAM],
)
class StandardVersionList(StandardScopedView, generics.ListAPIView):
    serializer_class = StandardVersionSummarySerializer
    model = StandardVersion

    def scoped_queryset(self, standard: Standard):
        return versions_newest_first(standard)


@extend_schema(
    tags=["standards"],
    summary="Get one version of a standard",
    description="A version in full: options with KSB counts, duties and KSB counts, "
    "entry requirements and progression routes.",
    parameters=[REFERENCE_PARAM, VERSION_PARAM],
)
class StandardVersionDetail(StandardScopedView, generics.RetrieveAPIView):
    serializer_class = StandardVersionDetailSerializer

    def get_object(self) -> StandardVersion:
        number = parse_version_number(self.kwargs["version"])
        version = number and StandardVersion.objects.select_related("standard").filter(
            standard=self.standard, major=number[0], minor=number[1]
        ).first()
        if not version:
            raise NotFound(f"{self.standard.reference} has no version {self.kwargs['version']!r}.")
        return version_with_summary(version)


@extend_schema(
    tags=["standards"],
    summary="List a standard's KSBs",
    description="Knowledge, skills and behaviours of a version (the latest by default). With "
    "`option`, only the KSBs an apprentice on that option is assessed against: those mapped by "
    "the core duties plus those mapped by the option's duties.",
    parameters=[REFERENCE_PARAM],
    examples=[
        OpenApiExample(
            "K17",
            value={"code": "K17", "kind": "knowledge", "number": 17,
                   "text": "Current workplace rules and procedures regarding safeguarding, "
                           "for example child protection.",
                   "options": [{"id": 1, "title": "Production coordinator"}]},
            response_only=True,
        )
    ],
)
class StandardKSBList(StandardScopedView, generics.ListAPIView):
    serializer_class = KSBSerializer  # the shape, for the schema; rows render without it
    filterset_class = KSBFilter
    model = KSB

    def get_queryset(self):
        # KSBFilter always narrows to one version of the standard (the latest by default),
        # resolving the standard with it in one query (``scoped_version``), so the rows need
        # no join: the model's order within one version, by the version's id.
        return KSB.objects.order_by(*KSB._meta.ordering[1:])

    def list(self, request, *args, **kwargs) -> Response:
        """The page from one query of plain rows, and the options each applies to from the
        version's options and its duties' KSB mappings (a query each, simple ones: compiling
        a flag per option in SQL cost more than running all three)."""
        queryset = self.filter_queryset(self.get_queryset())  # resolves self.version
        version = getattr(self, "version", None)
        rows = self.paginate_queryset(queryset.values("id", *KSB_VALUES))
        if version is None or not rows:
            return self.get_paginated_response(ksb_rows_data(rows, [], {}))
        return self.get_paginated_response(ksb_rows_data(
            rows, option_rows(version), ksb_duty_options(version)))


@extend_schema(
    tags=["standards"],
    summary="List a standard's duties",
    description="Duties of a version (the latest by default), each with the codes of the KSBs "
    "it maps. With `option`, the core duties plus that option's duties.",
    parameters=[REFERENCE_PARAM],
)
class StandardDutyList(StandardScopedView, generics.ListAPIView):
    serializer_class = DutySerializer
    filterset_class = DutyFilter
    model = Duty

    def scoped_queryset(self, standard: Standard):
        return (
            Duty.objects.filter(version__standard=standard)
            .select_related("option")
            .prefetch_related(Prefetch("ksbs", KSB.objects.only("id", "code", "kind", "number")))
            .order_by("number")
        )


@extend_schema(
    tags=["standards"],
    summary="List a standard's progression routes",
    description="Routes onward from a version (the latest by default). The target standard "
    "need not be loaded; `is_loaded` says whether it is.",
    parameters=[REFERENCE_PARAM],
)
class StandardProgressionList(StandardScopedView, generics.ListAPIView):
    serializer_class = ProgressionRouteSerializer
    filterset_class = ProgressionFilter
    model = ProgressionRoute

    def scoped_queryset(self, standard: Standard):
        return with_target_loaded(
            ProgressionRoute.objects.filter(version__standard=standard)
        ).order_by("to_reference")
