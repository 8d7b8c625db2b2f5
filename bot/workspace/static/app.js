// The local workspace page: turn presses and submits into JSON posts; long-poll for what changed.
(function () {
  "use strict";
  const body = document.body;
  const AS = body.dataset.as;
  const C = body.dataset.c;
  let version = Number(body.dataset.version);
  const last = { main: null, modal: null, sidebar: null };

  async function post(path, data) {
    const resp = await fetch(path, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(Object.assign({ as: AS, c: C }, data)),
    });
    if (!resp.ok) { showNotice(await resp.text()); }
    return resp;
  }

  function showNotice(text) { document.getElementById("notice").textContent = text; }

  function atBottom(el) { return el.scrollHeight - el.scrollTop - el.clientHeight < 40; }

  function apply(parts) {
    version = parts.version;
    const main = document.getElementById("main");
    if (parts.main !== last.main) {
      const stick = last.main === null || atBottom(main);
      main.innerHTML = parts.main;
      last.main = parts.main;
      if (stick) { main.scrollTop = main.scrollHeight; }
    }
    if (parts.sidebar !== last.sidebar) {
      document.getElementById("sidebar").innerHTML = parts.sidebar;
      last.sidebar = parts.sidebar;
    }
    if (parts.modal !== last.modal) {
      const root = document.getElementById("modal-root");
      const hadModal = last.modal;
      root.innerHTML = parts.modal;
      last.modal = parts.modal;
      if (parts.modal) {
        const bad = root.querySelector("[aria-invalid=true]");
        const first = bad || (!hadModal && root.querySelector("input, textarea, select"));
        if (first) { first.focus(); }
      }
    }
    document.getElementById("clock").innerHTML = parts.clock;
    if (parts.notice) { document.getElementById("notice").innerHTML = parts.notice; }
    body.dataset.version = String(version);
  }

  async function loop() {
    for (;;) {
      try {
        const q = new URLSearchParams({ as: AS, c: C, v: String(version) });
        const resp = await fetch("/ui/poll?" + q.toString(), { cache: "no-store" });
        if (resp.ok) { apply(await resp.json()); } else { await sleep(1000); }
      } catch (err) {
        await sleep(1000);
      }
    }
  }

  function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

  function fields(form) {
    const out = {};
    if (!form) { return out; }
    for (const [name, value] of new FormData(form).entries()) {
      (out[name] = out[name] || []).push(String(value));
    }
    for (const sel of form.querySelectorAll("select[name]")) {
      if (!(sel.name in out)) { out[sel.name] = []; }
    }
    return out;
  }

  function where(el) {
    const surface = el.closest("[data-surface]");
    if (!surface) { return null; }
    return {
      surface: surface.dataset.surface, channel: surface.dataset.channel || "",
      ts: surface.dataset.ts || "", view_id: surface.dataset.viewId || "",
      fields: fields(surface.querySelector("form") || surface.closest("form")),
    };
  }

  async function act(el, selected) {
    const at = where(el);
    if (!at) { return; }
    el.disabled = true;
    try {
      await post("/ui/action", Object.assign(at, {
        block_id: el.dataset.blockId, action_id: el.dataset.actionId, selected: selected || [],
      }));
    } finally { el.disabled = false; }
  }

  document.addEventListener("click", async (ev) => {
    const btn = ev.target.closest("[data-kind=button]");
    if (btn) {
      if (btn.tagName !== "A") { ev.preventDefault(); }
      if (btn.dataset.confirm && !window.confirm(btn.dataset.confirm)) { return; }
      await act(btn);
      return;
    }
    const closer = ev.target.closest("[data-close]");
    if (closer) {
      const modal = closer.closest("[data-view-id]");
      await post("/ui/close", { view_id: modal.dataset.viewId });
      return;
    }
    const ctl = ev.target.closest("[data-post]");
    if (ctl) {
      ctl.disabled = true;
      try { await post(ctl.dataset.post, { hours: Number(ctl.dataset.hours || 0) }); }
      finally { ctl.disabled = false; }
    }
  });

  document.addEventListener("change", async (ev) => {
    const el = ev.target;
    if (el.id === "persona") {
      window.location.search = new URLSearchParams({ as: el.value, c: C }).toString();
      return;
    }
    // A select or choice in a message or the Home tab sends its action at once (inputs in a modal wait).
    if (el.matches("select[data-kind]:not([name])")) {
      await act(el, Array.from(el.selectedOptions).map((o) => o.value));
      return;
    }
    const group = el.closest(".bk-inline-choices");
    if (group) {
      const picked = Array.from(group.querySelectorAll("input:checked")).map((i) => i.value);
      await act(group, picked);
    }
  });

  document.addEventListener("submit", async (ev) => {
    const form = ev.target;
    ev.preventDefault();
    if (form.id === "composer") {
      const box = form.querySelector("textarea");
      const text = box.value.trim();
      if (!text) { return; }
      box.value = "";
      await post("/ui/send", { text: text });
      box.focus();
      return;
    }
    if (form.classList.contains("modal-form")) {
      const modal = form.closest("[data-view-id]");
      const submit = form.querySelector("button[type=submit]");
      if (submit) { submit.disabled = true; }
      try { await post("/ui/submit", { view_id: modal.dataset.viewId, fields: fields(form) }); }
      finally { if (submit) { submit.disabled = false; } }
    }
  });

  document.addEventListener("keydown", async (ev) => {
    if (ev.target.id === "composer-text" && ev.key === "Enter" && !ev.shiftKey) {
      ev.preventDefault();
      ev.target.form.requestSubmit();
    }
    if (ev.key === "Escape") {
      const modal = document.querySelector("#modal-root [data-view-id]");
      if (modal) { await post("/ui/close", { view_id: modal.dataset.viewId }); }
    }
  });

  // The first poll answers at once (version -1) and replaces the server-rendered parts once, right
  // after load; from then on only the parts that changed are replaced (typing in a modal survives).
  version = -1;
  loop();
})();
