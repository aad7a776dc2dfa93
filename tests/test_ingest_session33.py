"""
The outlet's name on a line of its own under the site's menu is not the page's headline: an import made the source's
title "The Harwick Ledger" instead of the story's headline (found importing a business page in the admin in session
33). The page's copyright line names its owner; a head line that is that name is the masthead.
"""

from ingest.page_head import guess_headline

PAGE = (
    "Skip to content | Business | Markets | Opinion | Subscribe\n\n"
    "The Marrow Courier\n\n"
    "Mill owner to close its Fenby works by the spring, with 240 jobs lost\n\n"
    "By Ada Lintott\n"
    "Published 4 December 2026\n\n"
    "Fenby Mills will close its works by the spring, with 240 jobs lost, the company said on Friday. The mill has "
    "stood in Fenby since 1881.\n\n"
    "Courier readers can subscribe for 3 crowns a week.\n\n"
    "© 2026 The Marrow Courier. All rights reserved."
)


def test_the_outlets_name_under_the_menu_is_not_the_headline() -> None:
    assert guess_headline(PAGE) == "Mill owner to close its Fenby works by the spring, with 240 jobs lost"


def test_a_headline_that_only_names_the_outlet_in_passing_is_still_the_headline() -> None:
    page = PAGE.replace("Mill owner to close", "Marrow Courier owner to close")
    page = page.replace("Fenby Mills will close", "The Marrow Courier's owner will close")
    assert guess_headline(page) == "Marrow Courier owner to close its Fenby works by the spring, with 240 jobs lost"
