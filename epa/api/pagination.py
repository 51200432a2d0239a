from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    """The one page-number pagination: ``?page=`` and ``?page_size=`` (capped)."""

    page_size = 100
    page_size_query_param = "page_size"
    page_size_query_description = "Number of results per page (1 to 500; default 100)."
    max_page_size = 500
