from claims.models.appearance import Appearance, Stance
from claims.models.claim import Claim, ClaimRelation, Topic
from claims.models.verification import Status, Verification

__all__ = ["Appearance", "Claim", "ClaimRelation", "Stance", "Status", "Topic", "Verification"]
