"""
The claims app's admin, one module per concern. Importing the package registers every admin;
the names other apps use (trust extends the verification admin) are re-exported here.
"""

from claims.admin.appearance import AppearanceAdmin
from claims.admin.claim import ClaimAdmin, ClaimRelationAdmin
from claims.admin.common import BadgeMedia, status_badge
from claims.admin.revision import ClaimRevisionAdmin
from claims.admin.verification import VerificationAdmin, my_work_counts
from claims.admin.vocabulary import StatusAdmin, TopicAdmin

__all__ = [
    "AppearanceAdmin",
    "BadgeMedia",
    "ClaimAdmin",
    "ClaimRelationAdmin",
    "ClaimRevisionAdmin",
    "StatusAdmin",
    "TopicAdmin",
    "VerificationAdmin",
    "my_work_counts",
    "status_badge",
]
