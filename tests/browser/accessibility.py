"""
axe-core in the browser tests: run it on the page as it is, and name what it finds.

axe-core comes inside the axe-playwright-python package (its axe.min.js), injected into the page by
Playwright; nothing is downloaded at run time. Only violations count, at every impact level.
"""

from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

AXE = Axe()

# Django admin's own markup, which our templates and CSS do not write. Each entry is
# (axe rule, a CSS selector the offending element matches or sits inside, why it is left to Django).
# Everything else found on an admin page, and everything on a public page, fails the test.
DJANGO_ADMIN_MARKUP: list[tuple[str, str, str]] = [
    # Tabular inlines (admin/edit_inline/tabular.html): the header cells over the "original" column
    # and the delete column are empty, and each row's inputs are named only by the column's header
    # cell, which axe does not take as a label.
    ("empty-table-header", ".inline-group .tabular thead", "tabular.html's empty header cells"),
    ("label", ".inline-group .tabular tbody", "tabular.html labels columns with <th>, not <label>"),
    ("select-name", ".inline-group .tabular tbody", "tabular.html labels columns with <th>, not <label>"),
    ("label-title-only", ".inline-group .tabular tbody", "tabular.html labels columns with <th>, not <label>"),
    # filter_horizontal's widget (SelectFilter2.js) puts aria-label on a plain <span> icon.
    ("aria-prohibited-attr", ".selector .help-tooltip", "SelectFilter2.js's filter icon"),
    # The autocomplete widget is Django's vendored Select2, which builds its own combobox markup.
    ("aria-input-field-name", ".select2-container", "Django's vendored Select2"),
    ("label", ".select2-container", "Django's vendored Select2"),
    ("list", ".select2-container", "Django's vendored Select2"),
    # AdminSplitDateTime writes "Date:" and "Time:" as text before its two inputs, not as labels.
    ("label", ".datetime", "AdminSplitDateTime's text labels"),
]


# Runs axe-core in the page and drops the allowed elements there, where axe's element references
# (elementRef) are still live: its CSS selectors are not always unique enough to look an element up.
RUN_AXE = """async (allowed) => {
    const results = await axe.run(document, {resultTypes: ["violations"], elementRef: true});
    return results.violations.flatMap(violation => violation.nodes
        .filter(node => !allowed.some(([rule, selector]) => rule === violation.id && node.element.closest(selector)))
        .map(node => `${violation.id} (${violation.impact}): ${node.html.slice(0, 160)} - ${violation.help}`));
}"""


def axe_violations(page: Page, *, allowed: list[tuple[str, str, str]] | None = None) -> list[str]:
    """axe-core's violations on the page, one line per element, less the elements ``allowed`` names for their rule."""
    page.evaluate(AXE.axe_script)
    return page.evaluate(RUN_AXE, [[rule, selector] for rule, selector, _why in allowed or []])


class Audit:
    """
    One browser page that visits URL after URL and, for each, reports in one list: a status other
    than the expected one, the console errors the page logged (the Content-Security-Policy's
    refusals among them), a page wider than the window, and axe-core's violations. It leaves a
    screenshot of each in the artifacts folder, for a person to look at.

    Console errors are read before axe runs: axe's own checks apply inline styles, which the policy
    refuses and Chromium logs; those are not the page's.
    """

    def __init__(self, page: Page, artifacts_dir: Path, prefix: str) -> None:
        self.page, self.artifacts_dir, self.prefix = page, artifacts_dir, prefix
        self.console: list[str] = []
        page.on("console", lambda msg: msg.type == "error" and self.console.append(msg.text))
        page.on("pageerror", lambda exc: self.console.append(f"uncaught exception: {exc}"))

    def visit(
        self,
        name: str,
        url: str,
        *,
        status: int = 200,
        allowed: list[tuple[str, str, str]] | None = None,
        run_axe: bool = True,
    ) -> list[str]:
        self.console.clear()
        response = self.page.goto(url)
        self.page.screenshot(path=self.artifacts_dir / f"{self.prefix}-{name}.png", full_page=True)
        problems = []
        if response is None or response.status != status:
            problems.append(f"answered {response and response.status}, not {status}")
        if status == 404:  # Chromium logs the page's own status as a failed resource
            self.console[:] = [line for line in self.console if "status of 404" not in line]
        problems += [f"console: {line}" for line in self.console]
        scroll_width, inner_width = self.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll_width > inner_width:
            problems.append(f"scrolls sideways: {scroll_width}px wide in {inner_width}px")
        if run_axe:
            problems += axe_violations(self.page, allowed=allowed)
        return [f"{name} ({url}): {problem}" for problem in problems]
