"""
Headless Chromium against pytest-django's live server, for the tests that need a real browser.

Uses the system's Chromium (Debian's `chromium` package), never a browser Playwright downloads.
Without it the browser tests are skipped, unless REQUIRE_BROWSER=1 (set by CI) makes that a failure.
"""

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import Browser, Page, sync_playwright

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HERE = Path(__file__).resolve().parent
_failed_key = pytest.StashKey[bool]()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)
            # The live server needs committed data, so every test here is transactional and the
            # database is emptied afterwards. serialized_rollback puts back what the data migrations
            # created (role groups, the status vocabulary) for the next test that needs it.
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if report.when == "call":
        item.stash[_failed_key] = report.failed
    return report


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per test module; closing it stops Playwright's event loop before other modules run."""
    executable = shutil.which("chromium")
    if executable is None:
        message = "Chromium is not installed (apt-get install chromium); the browser tests need it."
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    with pytest.MonkeyPatch.context() as mp:
        # Playwright's sync API keeps an asyncio event loop running in this thread for as long as
        # it is open, and Django refuses ORM calls from a thread with a running loop (it cannot tell
        # this apart from a query inside an async view). The tests only query between browser steps,
        # never concurrently with them, so the check is safe to switch off here.
        mp.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        outside_the_loop = {alias: connections[alias] for alias in connections}
        with sync_playwright() as playwright:
            # Django keeps connections in a thread-critical asgiref Local, which switches to separate
            # storage while an event loop runs in the thread. Without this, tests would get new
            # connection objects from here on: a second connection to the test database, and one
            # without the serialized data that serialized_rollback restores (it would do nothing).
            for alias, connection in outside_the_loop.items():
                connections[alias] = connection
            browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
            yield browser
            browser.close()


@pytest.fixture
def new_page(browser: Browser, live_server, request: pytest.FixtureRequest) -> Iterator[Callable[..., Page]]:
    """
    Opens pages, each in its own browser context (its own cookies, so its own logged-in user).
    At teardown fails the test if any page logged a console error, and on failure saves a
    screenshot of each page to test-artifacts/.
    """
    contexts = []
    console_errors: list[str] = []

    def open_page(**context_options) -> Page:
        """Context options (viewport, is_mobile...) can only be chosen when the context is created."""
        options = {"viewport": {"width": 1280, "height": 900}} | context_options
        context = browser.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda msg: _record_console_error(msg, console_errors))
        page.on("pageerror", lambda exc: console_errors.append(f"uncaught exception: {exc}"))
        return page

    yield open_page

    if request.node.stash.get(_failed_key, False):
        ARTIFACTS.mkdir(exist_ok=True)
        for n, context in enumerate(contexts):
            for m, page in enumerate(context.pages):
                page.screenshot(path=ARTIFACTS / f"failed-{request.node.name}-{n}-{m}.png", full_page=True)
    for context in contexts:
        context.close()
    if console_errors:
        pytest.fail("The browser console logged errors:\n" + "\n".join(console_errors))


def _record_console_error(msg, errors: list[str]) -> None:
    if msg.type == "error":
        errors.append(f"{msg.text} ({msg.location.get('url', '')})")


@pytest.fixture
def page(new_page: Callable[[], Page]) -> Page:
    return new_page()


@pytest.fixture
def log_in() -> Callable[[Page, object], None]:
    """Log in to the admin as `user` (the factories give everyone the password "pw")."""

    def log_in_as(page: Page, user) -> None:
        page.goto("/admin/login/")
        page.locator("input[name=username]").fill(user.get_username())
        page.locator("input[name=password]").fill("pw")
        page.locator("input[type=submit]").click()
        page.wait_for_url("**/admin/")

    return log_in_as


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
