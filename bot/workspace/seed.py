"""The demo organisation every local workspace starts with (tests rely on these ids)."""

from __future__ import annotations

from bot.workspace.state import User, Workspace

EMPLOYEE = "U0EMPLOYEE1"
EMPLOYEE_2 = "U0EMPLOYEE2"
REVIEWER = "U0REVIEWER1"
REVIEWER_2 = "U0REVIEWER2"
COMPLIANCE_REVIEWER = "U0COMPLIAN1"
LEGAL_REVIEWER = "U0LEGALREV1"
LEAD = "U0LEADREVW1"
ADMIN = "U0ADMIN0001"

GENERAL = "C0GENERAL"
MARKETING_REVIEW = "C0MARKETING"
LEGAL_REVIEW = "C0LEGALREV"
COMPLIANCE_REVIEW = "C0COMPLIAN"
APPEALS = "C0APPEALS"
POLICY_OWNERS = "C0POLICYOWN"
AMBASSADORS = "C0AMBASSADR"


def seed(ws: Workspace) -> Workspace:
    people = [
        User(EMPLOYEE, "alice", "Alice Employee", tz="Europe/London"),
        User(EMPLOYEE_2, "bob", "Bob Builder", tz="America/New_York", tz_offset=-18000),
        User(REVIEWER, "rita", "Rita Reviewer (Marketing)", tz="Europe/London"),
        User(REVIEWER_2, "raj", "Raj Reviewer (Marketing)", tz="Asia/Kolkata", tz_offset=19800),
        User(COMPLIANCE_REVIEWER, "carla", "Carla Compliance", tz="Europe/Berlin", tz_offset=3600),
        User(LEGAL_REVIEWER, "leo", "Leo Legal", tz="Europe/Paris", tz_offset=3600),
        User(LEAD, "lena", "Lena Lead", tz="Europe/London"),
        User(ADMIN, "adam", "Adam Admin", tz="Europe/London", is_admin=True),
    ]
    for p in people:
        ws.add_user(p)
    everyone = [p.id for p in people]
    ws.add_channel(GENERAL, "general", everyone)
    ws.add_channel(MARKETING_REVIEW, "marketing-review", [REVIEWER, REVIEWER_2, LEAD])
    ws.add_channel(LEGAL_REVIEW, "legal-review", [LEGAL_REVIEWER, LEAD])
    ws.add_channel(COMPLIANCE_REVIEW, "compliance-review", [COMPLIANCE_REVIEWER, LEAD])
    ws.add_channel(APPEALS, "appeals", [LEAD, ADMIN, LEGAL_REVIEWER])
    ws.add_channel(POLICY_OWNERS, "policy-owners", [ADMIN, LEAD])
    ws.add_channel(AMBASSADORS, "ambassador-library", everyone)
    return ws


CROWD_ZONES = (("Europe/London", 0), ("America/New_York", -18000), ("Asia/Kolkata", 19800),
               ("Europe/Berlin", 3600), ("Australia/Sydney", 39600))


def seed_crowd(ws: Workspace, count: int, prefix: str = "UC") -> list[str]:
    """Add `count` ordinary members across a few time zones (for fan-out tests and benchmarks)."""
    ids = []
    for i in range(count):
        tz, offset = CROWD_ZONES[i % len(CROWD_ZONES)]
        uid = f"{prefix}{i:07d}"
        ws.add_user(User(uid, f"member{i}", f"Member {i}", tz=tz, tz_offset=offset))
        ids.append(uid)
    return ids
