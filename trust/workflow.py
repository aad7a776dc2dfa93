"""
The error-report workflow as one table: each transition's from-states, its to-state and its labels.
trust.services runs it; the admin's buttons and bulk actions are drawn from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.services import ServiceError
from trust.models import ErrorReport

State = ErrorReport.State
OPEN = (State.NEW, State.TRIAGED)


class ReportError(ServiceError):
    """A refused step of the inbox: ``code`` is state or permission; nothing was changed."""


@dataclass(frozen=True)
class ReportTransition:
    name: str  # also the admin URL: .../transition/<name>/
    label: str  # the button
    done: str  # the bulk action's report: "Rejected 3 reports."
    from_states: tuple[str, ...]
    to_state: str

    def check(self, report: ErrorReport) -> None:
        if report.state not in self.from_states:
            allowed = " or ".join(State(s).label.lower() for s in self.from_states)
            state = report.get_state_display().lower()
            raise ReportError(f"Cannot {self.name} a report that is {state}; only one that is {allowed}.", code="state")


TRIAGE = ReportTransition("triage", "Mark as triaged", "Triaged", (State.NEW,), State.TRIAGED)
RESOLVE = ReportTransition("resolve", "Resolve", "Resolved", OPEN, State.RESOLVED)
REJECT = ReportTransition("reject", "Reject", "Rejected", OPEN, State.REJECTED)
TRANSITIONS = {t.name: t for t in (TRIAGE, RESOLVE, REJECT)}


def transition_named(name: str) -> ReportTransition:
    try:
        return TRANSITIONS[name]
    except KeyError:
        raise ReportError(f"There is no step called {name!r}.", code="invalid") from None


def available_transitions(report: ErrorReport) -> list[ReportTransition]:
    return [t for t in TRANSITIONS.values() if report.state in t.from_states]
