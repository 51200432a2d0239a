"""The /reports/ page in a real headless browser (Debian's chromium through chromedriver):
log in with a staff account, see the period's outcome figures as a table and the grade chart
drawn for the seeded results. Skipped, saying how to install one, where there is no browser."""

from __future__ import annotations

import os
import shutil

import pytest
from django.utils import timezone

from tests.support.pathways import seed_results

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:  # pragma: no cover - selenium is a dev dependency
    webdriver = None

NO_BROWSER = webdriver is None or not CHROMIUM or not CHROMEDRIVER
if NO_BROWSER and os.environ.get("EPA_REQUIRE_BROWSER"):  # CI (.ci/run) installs one
    raise RuntimeError("EPA_REQUIRE_BROWSER is set but chromium, chromedriver or selenium "
                       "is missing.")
pytestmark = pytest.mark.skipif(
    NO_BROWSER,
    reason="No headless browser: install Debian's chromium and its driver "
           "(apt-get install -y chromium chromium-driver) and the dev dependencies "
           "(selenium) to run the /reports/ page test.")


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(argument)
    # The Debian driver, named explicitly: Selenium Manager downloads nothing.
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _quarter() -> str:
    today = timezone.localdate()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


def test_the_results_page_shows_the_figures_and_the_chart(transactional_db, world, plan,
                                                          live_server, browser):
    seed_results(world)
    expected = world.client("epao1-admin").get("/api/v1/reports/outcomes/", {
        "period": _quarter()}).json()["figures"]
    wait = WebDriverWait(browser, 30)
    browser.get(f"{live_server.url}/reports/")
    wait.until(expected_conditions.presence_of_element_located((By.ID, "login")))
    browser.find_element(By.NAME, "username").send_keys("epao1-admin")
    browser.find_element(By.NAME, "password").send_keys("pw")
    browser.find_element(By.CSS_SELECTOR, "#login button").click()
    table = wait.until(expected_conditions.presence_of_element_located((By.ID, "outcomes")))
    row = table.find_element(By.CSS_SELECTOR, "tr[data-standard='ST0792']")
    assert row.find_element(By.CSS_SELECTOR, "td.completed").text == str(
        expected[0]["completed"]) == "3"
    # the chart: one bar per grade awarded, its count the figures', drawn with a width
    chart = browser.find_element(By.CSS_SELECTOR, "figure.chart[data-standard='ST0792'] svg")
    assert chart.is_displayed()
    bars = {bar.get_attribute("data-grade"): bar
            for bar in chart.find_elements(By.CSS_SELECTOR, "rect.bar")}
    assert {grade: int(bar.get_attribute("data-count")) for grade, bar in bars.items()} == \
        expected[0]["grades"]
    assert all(bar.rect["width"] > 0 for bar in bars.values())
    widest = max(bars.values(), key=lambda bar: int(bar.get_attribute("data-count")))
    assert widest.rect["width"] == max(bar.rect["width"] for bar in bars.values())
    # the filters: a standard with no results this period
    field = browser.find_element(By.NAME, "standard")
    field.clear()
    field.send_keys("ST0525")
    browser.find_element(By.CSS_SELECTOR, "#filters button").click()
    wait.until(expected_conditions.presence_of_element_located((By.ID, "no-results")))


def test_the_page_needs_a_login_and_shows_only_the_callers_results(world, plan, client):
    response = client.get("/reports/")
    assert response.status_code == 302 and response["Location"].startswith("/reports/login/")
    seed_results(world)
    client.force_login(world.users["epao2-admin"])
    page = client.get("/reports/")
    assert page.status_code == 200 and b"No results in this period." in page.content
    client.force_login(world.users["provider2-admin"])
    page = client.get("/reports/", {"period": _quarter()})
    assert b'data-grade="pass" data-count="1"' in page.content
    assert client.get("/reports/", {"period": "2026-Q9"}).status_code == 400
