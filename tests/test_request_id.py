"""Request ids: taken from the proxy when safe, made otherwise, on the response and on log lines."""

import logging
import re

import pytest
from django.http import HttpResponse

from core.request_id import NO_REQUEST, RequestIdLogFilter, RequestIdMiddleware, current_request_id

pytestmark = pytest.mark.django_db

NEW_ID = re.compile(r"[0-9a-f]{32}")


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.addFilter(RequestIdLogFilter())
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def django_request_log():
    handler = Collect()
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    yield handler.records
    logger.removeHandler(handler)


def test_it_makes_a_request_id_when_the_proxy_sends_none(client):
    assert NEW_ID.fullmatch(client.get("/robots.txt")["X-Request-ID"])


def test_it_makes_a_new_id_for_each_request(client):
    assert client.get("/robots.txt")["X-Request-ID"] != client.get("/robots.txt")["X-Request-ID"]


def test_it_keeps_the_proxys_request_id(client):
    response = client.get("/robots.txt", HTTP_X_REQUEST_ID="4bf92f35-77b3.4a_1")
    assert response["X-Request-ID"] == "4bf92f35-77b3.4a_1"


@pytest.mark.parametrize("sent", ["x" * 65, "id with spaces", "id\r\nINFO forged line", "ünïcode", "<script>"])
def test_it_replaces_a_request_id_that_is_too_long_or_unsafe(client, sent):
    assert NEW_ID.fullmatch(client.get("/robots.txt", HTTP_X_REQUEST_ID=sent)["X-Request-ID"])


def test_it_puts_the_request_id_on_log_lines_written_during_the_request(client, django_request_log):
    response = client.get("/claims/no-such-claim/")  # Django logs "Not Found" after the middleware returned
    assert response.status_code == 404
    [record] = django_request_log
    assert record.request_id == response["X-Request-ID"]


def test_it_forgets_the_request_id_when_the_response_is_finished(client):
    client.get("/robots.txt")
    assert current_request_id() == NO_REQUEST


def test_it_gives_views_the_request_id(rf):
    seen = []

    def view(request):
        seen.append(request.request_id)
        return HttpResponse()

    response = RequestIdMiddleware(view)(rf.get("/", HTTP_X_REQUEST_ID="edge-42"))
    assert seen == ["edge-42"] == [response["X-Request-ID"]]
