from rest_framework import pagination, serializers
from rest_framework.exceptions import ErrorDetail, ValidationError

from epa.api.filters import INVALID, MULTIPLE_VALUES, MULTIPLE_VALUES_MESSAGE


class PageNumberPagination(pagination.PageNumberPagination):
    """The one page-number pagination: ``?page=`` and ``?page_size=`` (capped).

    Both parameters are whole numbers as the schema states (``page`` from 1, ``page_size`` from
    1 to ``max_page_size``), given at most once; anything else is a 400 naming the parameter,
    where DRF would silently fall back to a default. A ``page`` past the end is DRF's 404.
    """

    page_size = 100
    page_size_query_param = "page_size"
    page_size_query_description = "Number of results per page (1 to 500; default 100)."
    max_page_size = 500
    last_page_strings = ()  # no ?page=last: the schema declares an integer

    def error_codes(self) -> dict[str, tuple[str, ...]]:
        """The 400 codes ``query_param()`` can give per parameter, for the schema."""
        codes = (MULTIPLE_VALUES, INVALID, "max_string_length", "min_value")
        return {self.page_query_param: codes, self.page_size_query_param: (*codes, "max_value")}

    def query_param(self, request, name: str, field: serializers.IntegerField) -> int | None:
        values = request.query_params.getlist(name)
        if not values:
            return None
        if len(values) > 1:
            raise ValidationError(
                {name: [ErrorDetail(MULTIPLE_VALUES_MESSAGE, code=MULTIPLE_VALUES)]})
        try:
            return field.run_validation(values[0])
        except ValidationError as exc:
            raise ValidationError({name: exc.detail}) from exc

    def get_page_size(self, request) -> int:
        page_size = self.query_param(
            request, self.page_size_query_param,
            serializers.IntegerField(min_value=1, max_value=self.max_page_size),
        )
        return self.page_size if page_size is None else page_size

    def get_page_number(self, request, paginator) -> int:
        page = self.query_param(request, self.page_query_param,
                                serializers.IntegerField(min_value=1))
        return 1 if page is None else page

    def get_schema_operation_parameters(self, view) -> list[dict]:
        parameters = super().get_schema_operation_parameters(view)
        bounds = {
            self.page_query_param: {"minimum": 1},
            self.page_size_query_param: {"minimum": 1, "maximum": self.max_page_size},
        }
        for parameter in parameters:
            parameter["schema"].update(bounds.get(parameter["name"], {}))
        return parameters
