"""Block Kit and mrkdwn to HTML, for the local workspace's page.

Why in Python: the page is server-rendered (no build step, nothing loaded from outside), and
the same function is tested over HTTP without a browser. Everything from the bot is untrusted
text: it is escaped here, and only http(s)/mailto links become links.

Interactive elements carry `data-*` attributes (block and action ids, value); the page's small
script turns a press into a block_actions payload. Inputs are real form fields named
`<block_id>::<action_id>`, so a modal is a real form and `state_values` rebuilds Slack's
`state.values` from what was submitted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

Names = Mapping[str, str]  # user or channel id -> display name
FIELD_SEP = "::"

_EMOJI = {
    ":white_check_mark:": "✅", ":warning:": "⚠️", ":x:": "❌", ":no_entry:": "⛔", ":memo:": "📝",
    ":tada:": "🎉", ":bell:": "🔔", ":hourglass:": "⏳", ":mag:": "🔍", ":books:": "📚", ":bulb:": "💡",
    ":thumbsup:": "👍", ":+1:": "👍", ":wave:": "👋", ":question:": "❓", ":lock:": "🔒",
}


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _unslack(text: str) -> str:
    """Slack escapes &, < and > in mrkdwn; undo that before escaping for HTML."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _safe_url(url: str) -> str | None:
    return url if re.match(r"^(https?://|mailto:)", url, re.I) else None


def _angle(inner: str, names: Names) -> str:
    """One <...> token: a user, channel or special mention, or a link."""
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        uid = target[1:]
        return f'<span class="mention">@{esc(names.get(uid, label or uid))}</span>'
    if target.startswith("#"):
        cid = target[1:]
        return f'<span class="mention">#{esc(label or names.get(cid, cid))}</span>'
    if target.startswith("!date^"):
        parts = target.split("^")
        stamp = parts[1] if len(parts) > 1 and parts[1].isdigit() else ""
        when = datetime.fromtimestamp(int(stamp), UTC).isoformat() if stamp else ""
        return f'<time class="bk-date" datetime="{esc(when)}">{esc(_unslack(label or stamp))}</time>'
    if target.startswith("!subteam^"):
        return f'<span class="mention">{esc(label or "@" + target.split("^")[1])}</span>'
    if target.startswith("!"):
        word = target[1:].split("^")[0]
        return f'<span class="mention">@{esc(label or word)}</span>'
    url = _safe_url(_unslack(target))
    text = esc(_unslack(label or target))
    if url is None:
        return text
    return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{text}</a>'


_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"(?<![\w~])~(?=\S)([^~\n]+?)(?<=\S)~(?![\w~])")


def _inline(text: str) -> str:
    out = esc(_unslack(text))
    for code, emoji in _EMOJI.items():
        out = out.replace(code, emoji)
    out = _BOLD.sub(r"<strong>\1</strong>", out)
    out = _ITALIC.sub(r"<em>\1</em>", out)
    return _STRIKE.sub(r"<del>\1</del>", out)


def mrkdwn(text: str, names: Names | None = None) -> str:
    """Slack mrkdwn to HTML: *bold*, _italic_, ~strike~, `code`, ```pre```, > quotes, links, mentions."""
    names = names or {}
    held: list[str] = []

    def hold(fragment: str) -> str:
        held.append(fragment)
        return f"\x00{len(held) - 1}\x00"

    text = text.replace("\x00", "")
    text = re.sub(r"```\n?(.*?)```", lambda m: hold(f"<pre>{esc(_unslack(m[1]))}</pre>"), text, flags=re.S)
    text = re.sub(r"`([^`\n]+)`", lambda m: hold(f"<code>{esc(_unslack(m[1]))}</code>"), text)
    text = re.sub(r"<([^<>\n]+)>", lambda m: hold(_angle(m[1], names)), text)
    out: list[str] = []
    quoted: list[str] = []
    for line in text.split("\n"):
        if line.startswith(">"):
            quoted.append(_inline(line[1:].removeprefix(" ")))
            continue
        if quoted:
            out.append("<blockquote>" + "<br>".join(quoted) + "</blockquote>")
            quoted = []
        out.append(_inline(line) + "<br>")
    if quoted:
        out.append("<blockquote>" + "<br>".join(quoted) + "</blockquote>")
    joined = "".join(out).removesuffix("<br>")
    return re.sub(r"\x00(\d+)\x00", lambda m: held[int(m[1])], joined)


def text_html(obj: Any, names: Names | None = None) -> str:
    """A text object (plain_text or mrkdwn), or a bare string, as HTML."""
    if isinstance(obj, str):
        return esc(obj)
    if not isinstance(obj, dict):
        return ""
    if obj.get("type") == "mrkdwn":
        return mrkdwn(str(obj.get("text", "")), names)
    return esc(obj.get("text", ""))


def _plain(obj: Any) -> str:
    return str(obj.get("text", "")) if isinstance(obj, dict) else str(obj or "")


# --- elements ---------------------------------------------------------------------------------

def _attrs(**values: object) -> str:
    return "".join(f' {k.replace("_", "-")}="{esc(v)}"' for k, v in values.items() if v is not None)


def _button(el: dict[str, Any], block_id: str) -> str:
    style = el.get("style")
    cls = "bk-btn" + (f" bk-{style}" if style in ("primary", "danger") else "")
    confirm = el.get("confirm")
    confirm_text = f"{_plain(confirm.get('title'))}\n{_plain(confirm.get('text'))}" if confirm else None
    label = esc(_plain(el.get("text")))
    attrs = _attrs(data_kind="button", data_block_id=block_id, data_action_id=el.get("action_id", ""),
                   data_value=el.get("value", ""), data_confirm=confirm_text,
                   aria_label=el.get("accessibility_label"))
    url = _safe_url(str(el.get("url", "")))
    if url:
        return f'<a class="{cls}" href="{esc(url)}" target="_blank" rel="noopener noreferrer"{attrs}>{label}</a>'
    return f'<button type="button" class="{cls}"{attrs}>{label}</button>'


def _options(el: dict[str, Any]) -> list[dict[str, Any]]:
    opts = list(el.get("options") or [])
    for group in el.get("option_groups") or []:
        opts += group.get("options") or []
    return opts


def _select(el: dict[str, Any], block_id: str, *, name: str | None = None, label: str | None = None,
            selected: list[str] | None = None) -> str:
    """static_select / overflow as a <select>; in an actions block a change sends the action."""
    kind = el.get("type", "static_select")
    initial = selected if selected is not None else [
        o.get("value") for o in ([el["initial_option"]] if el.get("initial_option") else [])
        + list(el.get("initial_options") or [])
    ]
    placeholder = _plain(el.get("placeholder")) or ("More actions" if kind == "overflow" else "Select an option")
    opts = [f'<option value="" disabled{" selected" if not initial else ""}>{esc(placeholder)}</option>']
    for o in _options(el):
        sel = " selected" if o.get("value") in initial else ""
        opts.append(f'<option value="{esc(o.get("value", ""))}"{sel}>{esc(_plain(o.get("text")))}</option>')
    multiple = " multiple" if kind.startswith("multi_") else ""
    attrs = _attrs(data_kind=kind, data_block_id=block_id, data_action_id=el.get("action_id", ""),
                   name=name, aria_label=label or placeholder)
    return f'<select class="bk-select"{attrs}{multiple}>{"".join(opts)}</select>'


def _choices(el: dict[str, Any], name: str, selected: list[str] | None) -> str:
    """radio_buttons / checkboxes as a fieldset of real inputs."""
    kind = "radio" if el.get("type") == "radio_buttons" else "checkbox"
    if selected is None:
        initial = [el["initial_option"]] if el.get("initial_option") else list(el.get("initial_options") or [])
        selected = [str(o.get("value")) for o in initial]
    rows = []
    for i, o in enumerate(_options(el)):
        oid = f"{name}-{i}".replace(":", "_")
        checked = " checked" if o.get("value") in selected else ""
        desc = f'<span class="bk-desc">{text_html(o.get("description"))}</span>' if o.get("description") else ""
        rows.append(f'<label class="bk-choice" for="{esc(oid)}"><input type="{kind}" id="{esc(oid)}" '
                    f'name="{esc(name)}" value="{esc(o.get("value", ""))}"{checked}> '
                    f'{text_html(o.get("text"))}{desc}</label>')
    return f'<div class="bk-choices" role="group">{"".join(rows)}</div>'


def _element(el: dict[str, Any], block_id: str, names: Names) -> str:
    """An interactive element in an actions block or a section accessory."""
    kind = el.get("type")
    if kind == "button":
        return _button(el, block_id)
    if kind in ("static_select", "overflow", "multi_static_select"):
        return _select(el, block_id)
    if kind == "image":
        return _image(el)
    if kind in ("radio_buttons", "checkboxes"):
        name = f"{block_id}{FIELD_SEP}{el.get('action_id', '')}"
        return f'<div class="bk-inline-choices" data-kind="{esc(kind)}" data-block-id="{esc(block_id)}" ' \
               f'data-action-id="{esc(el.get("action_id", ""))}">{_choices(el, name, None)}</div>'
    return f'<span class="bk-unsupported">[{esc(kind)}]</span>'


def _image(el: dict[str, Any], cls: str = "bk-thumb") -> str:
    """A placeholder that links to the image: the page loads nothing from outside this machine."""
    url = _safe_url(str(el.get("image_url", "")))
    alt = esc(el.get("alt_text", "") or "image")
    box = f'<span class="bk-img {cls}" role="img" aria-label="{alt}"><span aria-hidden="true">🖼</span> {alt}</span>'
    if url is None:
        return box
    return f'<a class="bk-img-link" href="{esc(url)}" target="_blank" rel="noopener noreferrer">{box}</a>'


# --- rich text ----------------------------------------------------------------------------------

def _rich_elements(elements: list[dict[str, Any]], names: Names) -> str:
    out = []
    for el in elements:
        kind = el.get("type")
        if kind == "text":
            piece = esc(el.get("text", "")).replace("\n", "<br>")
            style = el.get("style") or {}
            if style.get("code"):
                piece = f"<code>{piece}</code>"
            if style.get("bold"):
                piece = f"<strong>{piece}</strong>"
            if style.get("italic"):
                piece = f"<em>{piece}</em>"
            if style.get("strike"):
                piece = f"<del>{piece}</del>"
            out.append(piece)
        elif kind == "link":
            out.append(_angle(f"{el.get('url', '')}|{el.get('text') or el.get('url', '')}", names))
        elif kind == "user":
            out.append(_angle("@" + str(el.get("user_id", "")), names))
        elif kind == "channel":
            out.append(_angle("#" + str(el.get("channel_id", "")), names))
        elif kind == "emoji":
            code = str(el.get("unicode") or "").split("-")[0]
            emoji = chr(int(code, 16)) if re.fullmatch(r"[0-9a-fA-F]{2,6}", code) else f":{el.get('name', '')}:"
            out.append(esc(emoji))
        elif kind == "broadcast":
            out.append(f'<span class="mention">@{esc(el.get("range", "here"))}</span>')
    return "".join(out)


def _rich_text(block: dict[str, Any], names: Names) -> str:
    out = []
    for part in block.get("elements") or []:
        kind = part.get("type")
        inner = part.get("elements") or []
        if kind == "rich_text_section":
            out.append(f"<p>{_rich_elements(inner, names)}</p>")
        elif kind == "rich_text_quote":
            out.append(f"<blockquote>{_rich_elements(inner, names)}</blockquote>")
        elif kind == "rich_text_preformatted":
            out.append(f"<pre>{_rich_elements(inner, names)}</pre>")
        elif kind == "rich_text_list":
            tag = "ol" if part.get("style") == "ordered" else "ul"
            items = "".join(f"<li>{_rich_elements(s.get('elements') or [], names)}</li>" for s in inner)
            out.append(f"<{tag}>{items}</{tag}>")
    return f'<div class="bk-rich">{"".join(out)}</div>'


# --- inputs (modals) -------------------------------------------------------------------------------

def _input(block: dict[str, Any], block_id: str, names: Names, error: str | None,
           state: Mapping[str, Mapping[str, Any]]) -> str:
    el = block.get("element") or {}
    action_id = str(el.get("action_id", ""))
    name = f"{block_id}{FIELD_SEP}{action_id}"
    fid = "in-" + re.sub(r"[^A-Za-z0-9_-]", "_", name)
    prior = (state.get(block_id) or {}).get(action_id)
    kind = el.get("type")
    label = esc(_plain(block.get("label")))
    optional = ' <span class="bk-optional">(optional)</span>' if block.get("optional") else ""
    described = f' aria-describedby="{fid}-err"' if error else ""
    invalid = ' aria-invalid="true"' if error else ""
    if kind in ("plain_text_input", "email_text_input", "url_text_input", "number_input"):
        value = prior.get("value") if isinstance(prior, dict) else el.get("initial_value")
        common = (f'id="{fid}" name="{esc(name)}" data-kind="{esc(kind)}"'
                  + _attrs(placeholder=_plain(el.get("placeholder")) or None,
                           maxlength=el.get("max_length"), minlength=el.get("min_length"))
                  + described + invalid)
        if el.get("multiline"):
            field = f'<textarea {common} rows="4">{esc(value or "")}</textarea>'
        else:
            itype = {"email_text_input": "email", "url_text_input": "url", "number_input": "number"}.get(kind, "text")
            field = f'<input type="{itype}" {common} value="{esc(value or "")}">'
        head = f'<label class="bk-label" for="{fid}">{label}{optional}</label>'
    elif kind in ("static_select", "multi_static_select"):
        picked: list[str] | None = None
        if isinstance(prior, dict):
            opts = prior.get("selected_options") or ([prior["selected_option"]] if prior.get("selected_option") else [])
            picked = [str(o.get("value")) for o in opts]
        field = _select(el, block_id, name=name, label=_plain(block.get("label")), selected=picked)
        field = field.replace("<select ", f'<select id="{fid}"{described}{invalid} ', 1)
        head = f'<label class="bk-label" for="{fid}">{label}{optional}</label>'
    elif kind in ("radio_buttons", "checkboxes"):
        picked = None
        if isinstance(prior, dict):
            opts = prior.get("selected_options") or ([prior["selected_option"]] if prior.get("selected_option") else [])
            picked = [str(o.get("value")) for o in opts]
        field = _choices(el, name, picked).replace('role="group"', f'role="group" aria-labelledby="{fid}-l"', 1)
        head = f'<span class="bk-label" id="{fid}-l">{label}{optional}</span>'
    elif kind == "datepicker":
        value = prior.get("selected_date") if isinstance(prior, dict) else el.get("initial_date")
        field = f'<input type="date" id="{fid}" name="{esc(name)}" value="{esc(value or "")}"{described}{invalid}>'
        head = f'<label class="bk-label" for="{fid}">{label}{optional}</label>'
    else:
        field = f'<span class="bk-unsupported">[{esc(kind)}]</span>'
        head = f'<span class="bk-label">{label}</span>'
    hint = f'<div class="bk-hint">{text_html(block.get("hint"), names)}</div>' if block.get("hint") else ""
    err = f'<div class="bk-error" id="{fid}-err" role="alert">{esc(error)}</div>' if error else ""
    return f'<div class="bk-block bk-input{" has-error" if error else ""}" data-block-id="{esc(block_id)}">' \
           f'{head}{field}{hint}{err}</div>'


# --- blocks ----------------------------------------------------------------------------------------

def render_blocks(blocks: list[dict[str, Any]], names: Names | None = None, *,
                  errors: Mapping[str, str] | None = None,
                  state: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    """A surface's blocks as HTML. `errors` (block_id -> message) come from a view_submission ack;
    `state` (state.values) keeps what was typed when a modal is shown again."""
    names = names or {}
    errors = errors or {}
    out = []
    for i, block in enumerate(blocks):
        if not isinstance(block, dict):
            continue
        kind = block.get("type")
        bid = str(block.get("block_id") or f"blk{i}")
        if kind == "header":
            out.append(f'<h3 class="bk-block bk-header">{esc(_plain(block.get("text")))}</h3>')
        elif kind == "section":
            body = f'<div class="bk-text">{text_html(block.get("text"), names)}</div>' if block.get("text") else ""
            if block.get("fields"):
                cells = "".join(f'<div class="bk-field">{text_html(f, names)}</div>' for f in block["fields"])
                body += f'<div class="bk-fields">{cells}</div>'
            acc = block.get("accessory")
            side = f'<div class="bk-accessory">{_element(acc, bid, names)}</div>' if isinstance(acc, dict) else ""
            out.append(f'<div class="bk-block bk-section" data-block-id="{esc(bid)}">'
                       f'<div class="bk-main">{body}</div>{side}</div>')
        elif kind == "context":
            parts = [(_image(e, "bk-context-img") if e.get("type") == "image" else
                      f"<span>{text_html(e, names)}</span>") for e in block.get("elements") or []]
            out.append(f'<div class="bk-block bk-context">{"".join(parts)}</div>')
        elif kind == "divider":
            out.append('<hr class="bk-block bk-divider">')
        elif kind == "actions":
            els = "".join(_element(e, bid, names) for e in block.get("elements") or [])
            out.append(f'<div class="bk-block bk-actions" data-block-id="{esc(bid)}">{els}</div>')
        elif kind == "image":
            title = f'<div class="bk-image-title">{esc(_plain(block.get("title")))}</div>' if block.get("title") else ""
            out.append(f'<figure class="bk-block bk-image">{title}{_image(block, "bk-picture")}</figure>')
        elif kind == "rich_text":
            out.append(_rich_text(block, names))
        elif kind == "input":
            out.append(_input(block, bid, names, errors.get(bid), state or {}))
        else:
            out.append(f'<div class="bk-block bk-unsupported">[{esc(kind)} block]</div>')
    return "".join(out)


def state_values(blocks: list[dict[str, Any]], form: Mapping[str, list[str]]) -> dict[str, dict[str, Any]]:
    """Slack's view.state.values from submitted form fields (`<block_id>::<action_id>` -> values).

    Options are looked up in the view itself, so the payload carries the exact option objects
    Slack would send.
    """
    values: dict[str, dict[str, Any]] = {}
    for i, block in enumerate(blocks):
        if not isinstance(block, dict) or block.get("type") != "input":
            continue
        el = block.get("element") or {}
        bid = str(block.get("block_id") or f"blk{i}")
        aid = str(el.get("action_id", ""))
        raw = [v for v in form.get(f"{bid}{FIELD_SEP}{aid}", []) if v != ""]
        kind = str(el.get("type"))
        by_value = {str(o.get("value")): o for o in _options(el)}
        chosen = [by_value[v] for v in raw if v in by_value]
        entry: dict[str, Any] = {"type": kind}
        if kind in ("static_select", "radio_buttons"):
            entry["selected_option"] = chosen[0] if chosen else None
        elif kind in ("multi_static_select", "checkboxes"):
            entry["selected_options"] = chosen
        elif kind == "datepicker":
            entry["selected_date"] = raw[0] if raw else None
        else:
            entry["value"] = raw[0] if raw else None
        values.setdefault(bid, {})[aid] = entry
    return values
