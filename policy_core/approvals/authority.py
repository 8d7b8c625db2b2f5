"""Who may decide a request or an appeal.

Why separate from Slack: membership is looked up by the caller (a channel or a user group);
the rule itself — reviewers decide, never on their own request, and an appeal goes to someone
other than the first decider — is policy and must hold whatever the lookup was.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass


@dataclass(frozen=True)
class Refusal:
    """Why someone may not decide; `reason` is shown to them privately."""

    code: str
    reason: str


def may_decide(actor: str, author: str, reviewers: Collection[str]) -> Refusal | None:
    """None when `actor` may decide a request by `author`; else why not."""
    if actor == author:
        return Refusal("own_request", "You submitted this request, so someone else has to review it.")
    if actor not in reviewers:
        return Refusal("not_reviewer", "Only the reviewers for this request can decide it.")
    return None


def may_decide_appeal(actor: str, appellant: str, first_decider: str | None,
                      appeal_reviewers: Collection[str]) -> Refusal | None:
    """None when `actor` may decide an appeal; the first decider and the appellant never may."""
    if actor == appellant:
        return Refusal("own_appeal", "You made this appeal, so someone else has to decide it.")
    if first_decider is not None and actor == first_decider:
        return Refusal("first_decider", "You took the decision being appealed; another member of the "
                                        "appeals channel has to decide it, so the appeal is fair.")
    if actor not in appeal_reviewers:
        return Refusal("not_appeal_reviewer", "Only members of the appeals channel can decide appeals.")
    return None
