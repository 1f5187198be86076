"""`kg serve` in a real headless Chromium: search, a canned query, its graph; all offline."""
from __future__ import annotations

import pytest

from tests.fixtures.browser import is_local
from tests.serve.helpers import kg_serve, loaded_store
from tests.viz.graphs import XSS

pytestmark = [pytest.mark.browser, pytest.mark.falkordb]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`kg serve` as a user starts it, in a subprocess on 127.0.0.1 and a free port."""
    folder = loaded_store(tmp_path_factory.mktemp("serve-browser"))
    with kg_serve(folder, tmp_path_factory.mktemp("serve-log") / "stderr.txt") as url:
        yield url


def test_served_app_searches_and_runs_a_query_without_leaving_the_machine(served, page, page_log):
    page.goto(served + "/")
    page.fill("#search", "苏大")
    page.press("#search", "Enter")
    page.wait_for_selector("#hits")
    assert "苏州大学" in page.inner_text("#hits")

    page.click("text=苏州大学")
    page.wait_for_selector("#relations")
    assert "郑和计划" in page.inner_text("#relations")

    page.goto(served + "/query/institutions-in-programme")
    page.fill("#p-programme", "郑和计划")
    page.click("#run")
    page.wait_for_selector("#results table")
    results = page.inner_text("#results")
    assert "苏州大学" in results and XSS in results  # the markup-like name shows as text
    assert page.locator("#results img").count() == 0

    graph = page.frame_locator("#graph")
    graph.locator("canvas").first.wait_for()
    page.locator("#graph").scroll_into_view_if_needed()
    page.wait_for_timeout(500)  # let the graph draw, so the screenshot shows it

    assert page_log.requests and all(is_local(u) for u in page_log.requests)
    page_log.assert_clean()


def test_malformed_parameter_shows_a_message_in_the_browser(served, page, page_log):
    page.goto(served + "/query/institutions-in-programme")
    page.fill("#p-programme", "郑和计划")
    page.fill("#p-limit", "many")
    page.click("#run")
    message = page.inner_text(".error")
    assert "limit must be a whole number" in message
    page_log.console_errors[:] = [e for e in page_log.console_errors if "400" not in e]
    page_log.assert_clean()
