from django.contrib.auth import views as auth_views
from django.urls import path

from epa.reports.api.pages import reports_page

urlpatterns = [
    path("", reports_page, name="reports-page"),
    path("login/", auth_views.LoginView.as_view(template_name="reports/login.html",
                                                next_page="/reports/"), name="reports-login"),
    path("logout/", auth_views.LogoutView.as_view(next_page="/reports/login/"),
         name="reports-logout"),
]
