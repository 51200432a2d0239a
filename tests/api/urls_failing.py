"""A URLconf for tests only: the real one plus views that fail on purpose."""

from django.urls import include, path
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView

from config import urls as project_urls


class Boom(APIView):
    permission_classes = [AllowAny]

    def get(self, request):
        raise RuntimeError("secret internal detail")

    def post(self, request):
        return None if request.data is None else self.get(request)


urlpatterns = [
    path("boom/", Boom.as_view()),
    path("", include(project_urls.urlpatterns)),
]
handler400 = project_urls.handler400
handler403 = project_urls.handler403
handler404 = project_urls.handler404
handler500 = project_urls.handler500
