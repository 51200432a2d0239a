import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "a@example.org", "pw-long-enough")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("url", "expected", "absent"),
    [
        ("/admin/standards/standard/?q=coordinator", "ST0792", "ST0525"),
        ("/admin/standards/ksb/?q=safeguarding", "K17", "K18"),
        ("/admin/standards/duty/?q=clearances", "Determine and obtain", "Manage others"),
        ("/admin/standards/standardversion/?q=ST0792", "ST0792 v1.0", "ST0525"),
    ],
)
def test_admin_lists_are_searchable(staff_client, catalogue, url, expected, absent):
    response = staff_client.get(url)
    assert response.status_code == 200
    # Only the result rows: the page's random tokens (CSRF) can hold any short code.
    html = response.content.decode()
    start = html.index('id="result_list"')
    rows = html[start:html.index("</table>", start)]
    assert expected in rows and absent not in rows


def test_admin_requires_staff(client, catalogue):
    response = client.get("/admin/standards/standard/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_admin_rejects_a_duty_with_another_versions_option(staff_client, catalogue):
    from epa.standards.models import Duty, Option, Standard, StandardVersion

    other = StandardVersion.objects.create(
        standard=Standard.objects.get(reference="ST0525"), major=1, minor=0,
        core_and_options=True)
    foreign = Option.objects.create(version=other, title="Elsewhere")
    duty = Duty.objects.get(version__standard__reference="ST0792", number=1)
    response = staff_client.post(f"/admin/standards/duty/{duty.pk}/change/", {
        "version": duty.version_id, "number": 1, "text": duty.text, "option": foreign.pk,
        "external_id": "", "ksbs": list(duty.ksbs.values_list("pk", flat=True)),
    })
    assert response.status_code == 200  # form redisplayed with the error
    assert "same standard version" in response.content.decode()
    duty.refresh_from_db()
    assert duty.option_id is None
