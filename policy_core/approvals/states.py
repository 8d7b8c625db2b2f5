"""States of an approval request and of an appeal, and the only transitions between them.

Why explicit: "one decision per request" is enforced by the store as a conditional update from
`pending`; this module names the states and says which target each action leads to, so the
store, the listeners and the views never disagree about what a state means.
"""

from __future__ import annotations

from enum import StrEnum


class RequestState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGES_REQUESTED = "changes_requested"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class AppealState(StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"  # the first decision stands
    OVERTURNED = "overturned"  # the first decision is reversed


# A reviewer's action -> the state it leads to (from PENDING only).
DECISIONS: dict[str, RequestState] = {
    "approve": RequestState.APPROVED,
    "reject": RequestState.REJECTED,
    "request_changes": RequestState.CHANGES_REQUESTED,
}

# Decisions that must say why (the author sees the reason).
NEEDS_REASON = frozenset({"reject", "request_changes"})

APPEAL_OUTCOMES: dict[str, AppealState] = {"uphold": AppealState.UPHELD, "overturn": AppealState.OVERTURNED}

# Only a rejection can be appealed (changes requested is not a penalty: edit and resubmit).
APPEALABLE = frozenset({RequestState.REJECTED})


class StaleRequest(Exception):
    """The request (or appeal) is no longer in the state the action needs; nothing changed."""

    def __init__(self, state: str, decided_by: str | None = None) -> None:
        super().__init__(state)
        self.state = state
        self.decided_by = decided_by


def decision_state(action: str) -> RequestState:
    """The state a reviewer's action leads to; ValueError for an unknown action."""
    try:
        return DECISIONS[action]
    except KeyError:
        raise ValueError(f"unknown decision {action!r}") from None


def is_open(state: str) -> bool:
    return state == RequestState.PENDING


def describe(state: str) -> str:
    """Words for a state, as people read them."""
    words: dict[str, str] = {
        RequestState.PENDING: "waiting for review",
        RequestState.APPROVED: "approved",
        RequestState.REJECTED: "rejected",
        RequestState.CHANGES_REQUESTED: "changes requested",
        RequestState.WITHDRAWN: "withdrawn by the author",
        RequestState.EXPIRED: "expired without a decision",
        AppealState.UPHELD: "upheld",
        AppealState.OVERTURNED: "overturned",
    }
    return words.get(state, state)
