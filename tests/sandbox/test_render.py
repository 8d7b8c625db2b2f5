"""Block Kit inputs to form fields and back: what a modal submits is Slack's state.values."""

from __future__ import annotations

from typing import Any

from bot.workspace.render import mrkdwn, render_blocks, state_values

OPTS: list[dict[str, Any]] = [{"text": {"type": "plain_text", "text": "Red"}, "value": "r"},
        {"text": {"type": "plain_text", "text": "Blue"}, "value": "b"}]
MODAL: list[dict[str, Any]] = [
    {"type": "input", "block_id": "t", "label": {"type": "plain_text", "text": "Title"},
     "element": {"type": "plain_text_input", "action_id": "v"}},
    {"type": "input", "block_id": "s", "label": {"type": "plain_text", "text": "Colour"},
     "element": {"type": "static_select", "action_id": "v", "options": OPTS}},
    {"type": "input", "block_id": "r", "label": {"type": "plain_text", "text": "One"},
     "element": {"type": "radio_buttons", "action_id": "v", "options": OPTS}},
    {"type": "input", "block_id": "c", "optional": True, "label": {"type": "plain_text", "text": "Many"},
     "element": {"type": "checkboxes", "action_id": "v", "options": OPTS}},
    {"type": "input", "block_id": "d", "label": {"type": "plain_text", "text": "When"},
     "element": {"type": "datepicker", "action_id": "v"}},
]


def test_state_values_carry_the_option_objects() -> None:
    form = {"t::v": ["Hello"], "s::v": ["b"], "r::v": ["r"], "c::v": ["r", "b"], "d::v": ["2030-01-02"]}
    values = state_values(MODAL, form)
    assert values["t"]["v"] == {"type": "plain_text_input", "value": "Hello"}
    assert values["s"]["v"]["selected_option"] == OPTS[1]
    assert values["r"]["v"]["selected_option"] == OPTS[0]
    assert values["c"]["v"]["selected_options"] == OPTS
    assert values["d"]["v"] == {"type": "datepicker", "selected_date": "2030-01-02"}
    empty = state_values(MODAL, {})
    assert empty["t"]["v"]["value"] is None and empty["s"]["v"]["selected_option"] is None


def test_inputs_are_labelled_fields_that_keep_what_was_typed_and_show_errors() -> None:
    values = state_values(MODAL, {"t::v": ["<b>kept</b>"], "s::v": ["b"], "c::v": ["b"]})
    html = render_blocks(MODAL, errors={"t": "Too short"}, state=values)
    assert '<label class="bk-label" for="in-t__v">Title</label>' in html
    assert 'value="&lt;b&gt;kept&lt;/b&gt;"' in html and 'aria-invalid="true"' in html
    assert '<div class="bk-error" id="in-t__v-err" role="alert">Too short</div>' in html
    assert '<option value="b" selected>Blue</option>' in html
    assert 'type="checkbox" id="c__v-1" name="c::v" value="b" checked' in html
    assert 'type="radio"' in html and 'type="date"' in html and "(optional)" in html


def test_mrkdwn_basics() -> None:
    assert mrkdwn("a *b* _c_ ~d~") == "a <strong>b</strong> <em>c</em> <del>d</del>"
    assert mrkdwn("snake_case_name and 2*3*4") == "snake_case_name and 2*3*4"
    assert mrkdwn("x\n> q1\n> q2\ny") == "x<br><blockquote>q1<br>q2</blockquote>y"
    assert mrkdwn("<#C1|general> <!here> <mailto:a@b.c|mail>") == (
        '<span class="mention">#general</span> <span class="mention">@here</span> '
        '<a href="mailto:a@b.c" target="_blank" rel="noopener noreferrer">mail</a>')
    assert mrkdwn('"quotes" & <javascript:x|y>') == "&quot;quotes&quot; &amp; y"
