"""
The outlet's name on a line of its own under the site's menu is the page's masthead when the copyright line names
the same owner: session 33 found an admin import of such a page left the publisher blank, because the masthead was
read only from a first line above a menu.
"""

import pytest

from ingest.page_head import guess_masthead
from ingest.services import source_import
from tests.factories import make_organisation
from tests.test_ingest_session33 import PAGE


def test_the_outlets_name_under_the_menu_is_the_masthead_when_the_copyright_line_names_it() -> None:
    assert guess_masthead(PAGE) == "The Marrow Courier"


def test_a_line_under_the_menu_is_no_masthead_without_a_copyright_line_naming_it() -> None:
    page = PAGE.replace("© 2026 The Marrow Courier. All rights reserved.", "All rights reserved.")
    assert guess_masthead(page) == ""
    other_owner = PAGE.replace("© 2026 The Marrow Courier.", "© 2026 Fenby Media Group.")
    assert guess_masthead(other_owner) == ""


def test_a_copyright_holder_named_only_in_the_body_is_no_masthead() -> None:
    # the name must stand on a line of its own in the page's head, not in a paragraph of the article
    page = PAGE.replace("The Marrow Courier\n\n", "")
    assert guess_masthead(page) == ""


@pytest.mark.django_db
def test_an_import_of_such_a_page_is_published_by_that_outlet(reporter) -> None:
    courier = make_organisation(name="Marrow Courier")
    assert source_import(text=PAGE, by=reporter).source.publisher == courier
