"""The whole product in a browser: `make run`'s command with no Slack credentials, driven in
headless Chromium. An employee checks a promotion and requests approval, a reviewer approves it
in the marketing reviewers channel, the employee sees the DM. Screenshots of each step go to
test-artifacts/sandbox/ (look at them: the test checks behaviour, the pictures show the page).

Chromium comes from Debian (/usr/bin/chromium, installed by .ci/run); playwright never downloads one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.workspace import seed as demo
from tests.sandbox.process import ROOT, SandboxProcess, start_sandbox_process

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "test-artifacts" / "sandbox"
PROMO = "Use code SPRING30 for 30% off all week!"

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason=f"{CHROMIUM} is missing (apt-get install chromium; .ci/run does it)")


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxProcess]:
    box = start_sandbox_process(tmp_path)
    try:
        yield box
    finally:
        code = box.stop()
        assert code == 0, box.stderr()[-3000:]


@pytest.fixture(scope="module", autouse=True)
def fresh_screenshots() -> None:
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)


@pytest.fixture
def browser_page() -> Iterator[Any]:
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 860})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        try:
            yield page
        finally:
            context.close()
            browser.close()
        assert not errors, errors


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_employee_requests_reviewer_approves_employee_is_told(sandbox: SandboxProcess, browser_page: Any) -> None:
    from playwright.sync_api import expect

    page = browser_page
    page.set_default_timeout(30_000)  # generous: CI machines are small and shared
    page.goto(f"{sandbox.url}?as={demo.EMPLOYEE}&c={demo.GENERAL}")
    expect(page.get_by_role("heading", name="# general")).to_be_visible()
    shot(page, "01-alice-general")

    # Alice checks a promotion draft; the answer is hers alone.
    composer = page.get_by_label("Message #general")
    composer.fill("/checkpost " + PROMO)
    composer.press("Enter")
    result = page.locator("article.ephemeral", has_text="Needs approval before posting")
    expect(result).to_be_visible()
    expect(result.get_by_text("Only visible to you")).to_be_visible()
    shot(page, "02-alice-check-result")

    # She asks for approval with the button on that reply.
    result.get_by_role("button", name="Request approval").click()
    expect(page.locator("article.ephemeral", has_text="Submitted for approval")).to_be_visible()
    shot(page, "03-alice-requested")

    # Rita, a marketing reviewer, sees the request in #marketing-review and approves it.
    page.get_by_label("Viewing as").select_option(demo.REVIEWER)
    page.wait_for_url(f"**as={demo.REVIEWER}**")
    page.get_by_role("link", name="marketing-review").click()
    request = page.locator("article", has_text="Approval request")
    expect(request.get_by_role("button", name="Approve")).to_be_visible()
    expect(page.locator("article.ephemeral", has_text="Needs approval before posting")).to_have_count(0)
    shot(page, "04-rita-review-request")
    request.get_by_role("button", name="Approve").click()
    expect(page.locator("article", has_text="Approved by")).to_be_visible()
    shot(page, "05-rita-approved")

    # Alice gets a DM from the bot: the Policybot app shows an unread badge, then the message.
    page.get_by_label("Viewing as").select_option(demo.EMPLOYEE)
    page.wait_for_url(f"**as={demo.EMPLOYEE}**")
    app_link = page.get_by_role("link", name="Policybot")
    expect(app_link.locator(".badge")).to_be_visible()
    app_link.click()
    dm = page.locator("article", has_text="was approved by")
    expect(dm).to_be_visible()
    expect(dm.get_by_text("Only visible to you")).to_have_count(0)
    shot(page, "06-alice-dm")

    # The App Home tab, published by the bot when opened.
    page.get_by_role("link", name="Home", exact=True).click()
    expect(page.get_by_text("What you can do")).to_be_visible()
    shot(page, "07-alice-home")


def test_modal_shows_errors_and_closes(sandbox: SandboxProcess, browser_page: Any) -> None:
    """A reviewer rejects: the reason modal refuses an empty reason next to the field, then closes."""
    from playwright.sync_api import expect

    page = browser_page
    page.set_default_timeout(30_000)  # generous: CI machines are small and shared
    page.goto(f"{sandbox.url}?as={demo.EMPLOYEE}&c={demo.GENERAL}")
    composer = page.get_by_label("Message #general")
    composer.fill("/checkpost " + PROMO)
    composer.press("Enter")
    page.get_by_role("button", name="Request approval").click()
    expect(page.get_by_text("Submitted for approval")).to_be_visible()

    page.goto(f"{sandbox.url}?as={demo.REVIEWER}&c={demo.MARKETING_REVIEW}")
    page.get_by_role("button", name="Reject").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    dialog.get_by_label("Reason").fill("   ")
    dialog.get_by_role("button", name="Reject").click()
    expect(dialog.get_by_role("alert")).to_contain_text("Please give a reason")
    shot(page, "08-rita-modal-error")
    dialog.get_by_label("Reason").fill("Add the offer's terms and end date, then resubmit.")
    dialog.get_by_role("button", name="Reject").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.locator("article", has_text="Approval request")).to_contain_text("reject", ignore_case=True)
    shot(page, "09-rita-rejected")


def test_questions_quiz_and_the_clock(sandbox: SandboxProcess, browser_page: Any) -> None:
    """A DM question (message.im), a mention (app_mention), /policyquiz answered with a button, and +1 day."""
    from playwright.sync_api import expect

    page = browser_page
    page.set_default_timeout(30_000)  # generous: CI machines are small and shared
    page.goto(f"{sandbox.url}?as={demo.EMPLOYEE}&c=D{demo.EMPLOYEE.lstrip('U')}")
    composer = page.get_by_label("Message Policybot")
    composer.fill("Can I post a photo of the office whiteboard?")
    composer.press("Enter")
    mine = page.locator("article", has_text="Can I post a photo of the office whiteboard?")
    expect(mine).to_be_visible()
    expect(page.locator("article.from-bot")).not_to_have_count(0)
    shot(page, "10-alice-dm-question")

    composer.fill("/policyquiz")
    composer.press("Enter")
    expect(page.get_by_text("Only visible to you")).not_to_have_count(0)
    quiz = page.locator("article.from-bot", has_text="One click, one minute")  # the question, by DM
    expect(quiz).to_be_visible()
    shot(page, "11-alice-quiz-question")
    quiz.locator(".bk-actions button").first.click()
    expect(page.get_by_role("button", name="Next question")).to_be_visible()
    shot(page, "12-alice-quiz-answered")

    page.goto(f"{sandbox.url}?as={demo.EMPLOYEE}&c={demo.GENERAL}")
    composer = page.get_by_label("Message #general")
    composer.fill("@policybot may I share our unreleased roadmap?")
    composer.press("Enter")
    expect(page.locator("article", has_text="unreleased roadmap")).to_be_visible()
    expect(page.locator(".mention", has_text="@Policybot").first).to_be_visible()
    page.get_by_role("button", name="+1 day").click()
    expect(page.get_by_role("status")).to_contain_text("Clock moved")
    expect(page.locator("#clock")).to_contain_text("+1 day")
    shot(page, "13-alice-mention-and-clock")
