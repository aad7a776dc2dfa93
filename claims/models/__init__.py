from claims.models.appearance import Appearance, Stance
from claims.models.claim import Claim, ClaimRelation, ClaimSlugRedirect, Topic
from claims.models.revision import ClaimRevision
from claims.models.verification import Status, Verification

__all__ = [
    "Appearance",
    "Claim",
    "ClaimRelation",
    "ClaimRevision",
    "ClaimSlugRedirect",
    "Stance",
    "Status",
    "Topic",
    "Verification",
]
