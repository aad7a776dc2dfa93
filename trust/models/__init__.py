from trust.models.pages import PageKind, TeamMember, TransparencyPage
from trust.models.reports import MESSAGE_MAX_CHARS, ErrorReport

__all__ = ["MESSAGE_MAX_CHARS", "ErrorReport", "PageKind", "TeamMember", "TransparencyPage"]
