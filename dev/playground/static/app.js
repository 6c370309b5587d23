/* global document, window, fetch, EventSource, FileReader, navigator, setTimeout, clearTimeout, setInterval */
// The playground page: three Telegram chats and the triage side panel.
// It is only a Telegram client: every action goes to the emulator, which
// delivers it to the app's real webhooks; everything shown comes back from
// the emulator (chats) or the app's REST API (side panel). No build step.

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
};

async function api(path, body) {
  const res = await fetch(path, body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || `HTTP ${res.status}`);
  return data;
}

// ---------------------------------------------------------------------------
// Telegram message rendering: text + entities → DOM, never HTML strings.
// ---------------------------------------------------------------------------

const SAFE_URL = /^(https?:|tg:|mailto:)/i;

function entityElement(e) {
  switch (e.type) {
    case "bold": return el("b");
    case "italic": return el("i");
    case "underline": return el("u");
    case "strikethrough": return el("s");
    case "code": return el("code", { title: "Click to copy" });
    case "pre": return el("pre", e.language ? { "data-language": e.language } : {});
    case "spoiler": return el("span", { class: "spoiler", onclick: (ev) => ev.currentTarget.classList.add("shown") });
    case "blockquote":
    case "expandable_blockquote": return el("blockquote");
    case "text_link": return SAFE_URL.test(e.url || "") ? el("a", { href: e.url, target: "_blank", rel: "noopener noreferrer" }) : el("span");
    default: return el("span", { class: `entity-${e.type}` });
  }
}

/** Builds nested elements from Telegram entities (offsets in UTF-16 units, which JS strings use too). */
function renderEntities(text, entities) {
  const sorted = [...(entities || [])].sort((a, b) => a.offset - b.offset || b.length - a.length);
  function build(start, end, list) {
    const frag = document.createDocumentFragment();
    let pos = start;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e.offset < pos || e.offset + e.length > end) continue;
      if (e.offset > pos) frag.append(text.slice(pos, e.offset));
      const stop = e.offset + e.length;
      const inner = [];
      while (i + 1 < list.length && list[i + 1].offset < stop) inner.push(list[++i]);
      const node = entityElement(e);
      node.append(build(e.offset, stop, inner));
      frag.append(node);
      pos = stop;
    }
    if (pos < end) frag.append(text.slice(pos, end));
    return frag;
  }
  return build(0, text.length, sorted);
}

const time = (unix) => new Date(unix * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

function renderMessage(pane, m) {
  const bubble = el("div", { class: "bubble" });
  if (m.photo && m.photo.length) {
    const largest = m.photo[m.photo.length - 1];
    bubble.append(el("img", { class: "photo", src: `/pg/files/${encodeURIComponent(largest.file_id)}`, alt: "photo", loading: "lazy" }));
  }
  if (m.location) {
    bubble.append(el("div", { class: "location", title: "Location" }), el("div", { class: "location-text" }, `📍 ${m.location.latitude.toFixed(4)}, ${m.location.longitude.toFixed(4)}`));
  }
  if (m.contact) {
    const name = [m.contact.first_name, m.contact.last_name].filter(Boolean).join(" ");
    bubble.append(el("div", { class: "contact" }, el("span", { class: "ic" }, "👤"), el("div", {}, el("div", {}, name), el("div", { class: "small" }, m.contact.phone_number))));
  }
  if (m.document) {
    const kb = Math.max(1, Math.round(m.document.file_size / 1024));
    bubble.append(el("div", { class: "document" }, el("span", { class: "ic" }, "📄"), el("div", {}, el("a", { href: `/pg/files/${encodeURIComponent(m.document.file_id)}`, download: m.document.file_name }, m.document.file_name), el("div", { class: "small" }, `${kb} KB · ${m.document.mime_type}`))));
  }
  const body = m.text ?? m.caption;
  if (body) bubble.append(el("div", { class: "text" }, renderEntities(body, m.text !== undefined ? m.entities : m.caption_entities)));
  bubble.append(el("span", { class: "meta" }, `${m.edit_date ? "edited " : ""}${time(m.date)}${m.side === "user" ? " ✓✓" : ""}`));

  const node = el("div", { class: `msg ${m.side}`, dataset: { id: String(m.message_id), side: m.side } }, bubble);
  const rows = m.reply_markup && m.reply_markup.inline_keyboard;
  if (rows && rows.length) {
    node.append(el("div", { class: "ikb" }, rows.map((row) => el("div", { class: "row" }, row.map((b) => b.callback_data !== undefined
      ? el("button", { type: "button", class: "ib", dataset: { data: b.callback_data }, onclick: (ev) => press(pane, m.message_id, b.callback_data, ev.currentTarget) }, b.text)
      : el("button", { type: "button", class: "ib", onclick: () => b.url && SAFE_URL.test(b.url) && window.open(b.url, "_blank", "noopener") }, `${b.text} ↗`))))));
  }
  return node;
}

// ---------------------------------------------------------------------------
// Panes
// ---------------------------------------------------------------------------

const panes = [];
let config;

function scrollDown(pane) {
  const box = pane.messages;
  box.scrollTop = box.scrollHeight;
}

function showToast(pane, text) {
  pane.toast.textContent = text;
  pane.toast.hidden = false;
  clearTimeout(pane.toastTimer);
  pane.toastTimer = setTimeout(() => (pane.toast.hidden = true), 2600);
}

function systemLine(pane, text, error = false) {
  pane.messages.append(el("div", { class: `system${error ? " error" : ""}` }, text));
  scrollDown(pane);
}

function renderKeyboard(pane) {
  const kb = pane.keyboard;
  pane.replyKb.replaceChildren();
  pane.replyKb.hidden = !kb;
  if (!kb) return;
  for (const row of kb.keyboard) {
    pane.replyKb.append(el("div", { class: "row" }, row.map((b) => el("button", {
      type: "button",
      class: "kb",
      dataset: { request: b.request_contact ? "contact" : b.request_location ? "location" : "" },
      onclick: () => act(pane, "keyboard", { text: b.text }),
    }, b.text))));
  }
}

function upsertMessage(pane, m) {
  const existing = pane.messages.querySelector(`.msg[data-id="${m.message_id}"]`);
  const node = renderMessage(pane, m);
  if (existing) existing.replaceWith(node);
  else {
    pane.messages.querySelector(".empty-chat")?.remove();
    pane.messages.append(node);
  }
  scrollDown(pane);
}

async function loadChat(pane) {
  const persona = pane.persona();
  delete pane.node.dataset.chat;
  const lang = pane.lang();
  const chat = await api(`/pg/chats/${pane.def.bot}/${persona.id}${lang ? `?lang=${encodeURIComponent(lang)}` : ""}`);
  pane.messages.replaceChildren();
  if (!chat.messages.length) {
    pane.messages.append(el("div", { class: "empty-chat" }, pane.def.id === "resident"
      ? "Write your suggestion or complaint in your own words, or send /start."
      : pane.def.id === "deputy" ? "Forwarded items arrive here as cards with buttons. Try /help or /whoami." : "Work the triage queue: /queue, /show CODE, /forward CODE, /help."));
  }
  for (const m of chat.messages) pane.messages.append(renderMessage(pane, m));
  pane.keyboard = chat.keyboard;
  pane.commands = chat.commands || [];
  renderKeyboard(pane);
  scrollDown(pane);
  pane.node.dataset.chat = `${pane.def.bot}:${persona.id}`;
}

async function act(pane, kind, body = {}) {
  const persona = pane.persona();
  pane.menus.forEach((m) => (m.hidden = true));
  try {
    const result = await api(`/pg/chats/${pane.def.bot}/${persona.id}/${kind}`, { ...body, language_code: pane.lang() || undefined });
    if (result.answer && result.answer.text) showToast(pane, result.answer.text);
    return result;
  } catch (e) {
    systemLine(pane, `⚠ ${e.message}`, true);
    return null;
  }
}

async function press(pane, messageId, data, button) {
  button.classList.add("pending");
  try {
    await act(pane, "button", { message_id: messageId, data });
  } finally {
    button.classList.remove("pending");
  }
}

function toggleMenu(pane, menu) {
  const open = menu.hidden;
  pane.menus.forEach((m) => (m.hidden = true));
  menu.hidden = !open;
}

function renderCommands(pane) {
  pane.commandsMenu.replaceChildren(...(pane.commands.length
    ? pane.commands.map((c) => el("button", { type: "button", dataset: { command: c.command }, onclick: () => act(pane, "text", { text: `/${c.command}` }) }, el("span", { class: "cmd-name" }, `/${c.command}`), el("span", { class: "cmd-desc" }, c.description)))
    : [el("div", { class: "small" }, "This bot set no commands.")]));
}

function createPane(def) {
  const node = document.importNode($("#pane-template").content, true).firstElementChild;
  node.dataset.pane = def.id;
  const bot = config.bots[def.bot];
  $(".name", node).textContent = bot.first_name;
  $(".handle", node).textContent = `@${bot.username}`;
  $(".role", node).textContent = def.title;
  const personaSel = $("select.persona", node);
  for (const p of def.personas) personaSel.append(el("option", { value: String(p.id) }, p.label));
  const langCtl = $(".lang-ctl", node);
  const langSel = $("select.lang", node);
  if (def.languages) {
    langCtl.hidden = false;
    for (const l of def.languages) langSel.append(el("option", { value: l.code }, l.label));
  }
  const pane = {
    def,
    node,
    messages: $(".messages", node),
    replyKb: $(".reply-kb", node),
    toast: $(".toast", node),
    commandsMenu: $(".commands-menu", node),
    attachMenu: $(".attach-menu", node),
    keyboard: null,
    commands: [],
    persona: () => def.personas.find((p) => String(p.id) === personaSel.value),
    lang: () => (def.languages ? langSel.value : ""),
  };
  pane.menus = [pane.commandsMenu, pane.attachMenu];
  const avatar = $(".avatar", node);
  const syncAvatar = () => (avatar.textContent = (pane.persona().first_name || "?").slice(0, 1));
  const syncLang = () => {
    if (def.languages) langSel.value = pane.persona().language_code;
  };
  syncLang();
  syncAvatar();
  personaSel.addEventListener("change", () => {
    syncLang();
    syncAvatar();
    void loadChat(pane);
  });
  langSel.addEventListener("change", () => void loadChat(pane));

  const input = $("textarea.input", node);
  const send = () => {
    const text = input.value;
    if (!text.trim()) return;
    input.value = "";
    input.style.height = "";
    void act(pane, "text", { text });
  };
  $("form.composer", node).addEventListener("submit", (ev) => {
    ev.preventDefault();
    send();
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      send();
    }
  });
  input.addEventListener("input", () => {
    input.style.height = "";
    input.style.height = `${Math.min(input.scrollHeight, 120)}px`;
  });
  $("button.cmd", node).addEventListener("click", () => {
    renderCommands(pane);
    toggleMenu(pane, pane.commandsMenu);
  });
  $("button.attach", node).addEventListener("click", () => toggleMenu(pane, pane.attachMenu));
  for (const b of node.querySelectorAll("[data-attach]")) b.addEventListener("click", () => act(pane, b.dataset.attach, b.dataset.attach === "photo" ? { caption: input.value.trim() || undefined } : {}));
  $(".file-pick input", node).addEventListener("change", (ev) => {
    const file = ev.target.files && ev.target.files[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => void act(pane, "photo", { data: reader.result, caption: input.value.trim() || undefined });
    reader.readAsDataURL(file);
    ev.target.value = "";
  });
  pane.messages.addEventListener("click", (ev) => {
    const code = ev.target.closest && ev.target.closest(".bubble .text code");
    if (!code) return;
    // Like Telegram: tapping monospace copies it; here it also goes into the composer for the next command.
    navigator.clipboard?.writeText(code.textContent).catch(() => undefined);
    input.value = `${input.value}${input.value && !input.value.endsWith(" ") ? " " : ""}${code.textContent}`;
    input.focus();
    showToast(pane, `Copied ${code.textContent}`);
  });
  return pane;
}

function onEvent(e) {
  for (const pane of panes) {
    if (pane.def.bot !== e.bot || pane.persona().id !== e.chatId) continue;
    switch (e.type) {
      case "message":
      case "edit":
        upsertMessage(pane, e.message);
        break;
      case "delete":
        pane.messages.querySelector(`.msg[data-id="${e.message_id}"]`)?.remove();
        break;
      case "keyboard":
        pane.keyboard = e.keyboard;
        renderKeyboard(pane);
        break;
      case "callback_answer":
        if (e.text) showToast(pane, e.text);
        break;
      case "delivery":
        systemLine(pane, `⚠ update ${e.delivery.update_id} not delivered after ${e.delivery.attempts} attempt(s): ${e.delivery.error || e.delivery.status}`, true);
        break;
      case "api_error":
        systemLine(pane, `⚠ Bot API refused ${e.method}: ${e.description}`, true);
        break;
    }
  }
}

function connect() {
  const live = $("#chip-live");
  const source = new EventSource("/pg/events");
  let everOpened = false;
  source.addEventListener("open", () => {
    live.dataset.state = "live";
    live.textContent = "live";
    // After a reconnect, reload: events may have been missed.
    if (everOpened) for (const p of panes) void loadChat(p);
    everOpened = true;
  });
  source.addEventListener("error", () => {
    live.dataset.state = "down";
    live.textContent = "reconnecting…";
  });
  for (const type of ["message", "edit", "delete", "keyboard", "callback_answer", "delivery", "api_error"]) {
    source.addEventListener(type, (ev) => onEvent(JSON.parse(ev.data)));
  }
}

// ---------------------------------------------------------------------------
// Side panel: the triage queue and item history, from the app's REST API
// ---------------------------------------------------------------------------

let selected = null;

function itemRow(item) {
  return el("li", { dataset: { id: item.id, status: item.status }, class: item.id === selected ? "selected" : "", onclick: () => select(item.id) },
    el("div", { class: "top" }, el("span", { class: "code" }, item.id), el("span", { class: `badge ${item.status}` }, item.status), item.urgent ? el("span", { class: "urgent" }, "urgent") : null, el("span", { class: "target" }, item.target || "undecided")),
    el("div", { class: "summary" }, item.summary || item.text));
}

async function refreshItems() {
  try {
    const page = await api("/pg/api/items?limit=100");
    const items = page.items || [];
    // The queue is what staff triage: new items, urgent first, then oldest first.
    const queue = items.filter((i) => i.status === "new").sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.created_at.localeCompare(b.created_at));
    $("#queue").replaceChildren(...queue.map(itemRow));
    $("#queue-count").textContent = String(queue.length);
    $("#items").replaceChildren(...items.map(itemRow));
    $("#items-count").textContent = String(items.length);
    if (selected) await refreshDetail();
  } catch {
    // The app may be restarting; try again on the next tick.
  }
}

function select(id) {
  selected = id;
  for (const li of document.querySelectorAll(".items li")) li.classList.toggle("selected", li.dataset.id === id);
  void refreshDetail();
}

async function refreshDetail() {
  const box = $("#detail");
  if (!selected) return;
  const item = await api(`/pg/api/items/${encodeURIComponent(selected)}`).catch(() => null);
  if (!item) return;
  box.hidden = false;
  const fields = [["target", item.target || "—"], ["place", item.place], ["category", item.category], ["created", new Date(item.created_at).toLocaleString()], ["contact", item.contact ? `${item.contact.name || ""} ${item.contact.phone || ""}`.trim() : "not shared"], ["photos", String(item.photos)], ["rating", item.rating ?? "—"]];
  box.replaceChildren(
    el("h3", {}, el("span", { class: "code" }, item.id), el("span", { class: `badge ${item.status}` }, item.status)),
    el("div", { class: "words" }, item.text),
    el("dl", {}, fields.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))])),
    el("h2", {}, "History"),
    el("ol", { class: "history" }, item.history.map((h) => el("li", { dataset: { action: h.action, to: h.to || "" } },
      el("span", { class: "when" }, new Date(h.at).toLocaleTimeString()),
      el("b", {}, h.by), ` ${h.action}`, h.to ? ` → ${h.to}` : "",
      h.note ? el("span", { class: "note" }, h.note) : null))),
  );
}

// ---------------------------------------------------------------------------

async function main() {
  config = await api("/pg/config");
  const storage = $("#chip-storage");
  storage.textContent = config.notices.storageKind === "redis" ? "redis-server" : "in-memory store";
  storage.title = config.notices.storage;
  const runtime = $("#chip-runtime");
  runtime.textContent = config.notices.runtimeKind === "workerd" ? "app on workerd" : "app on Node";
  runtime.title = config.notices.runtime;
  const box = $("#panes");
  for (const def of config.panes) {
    const pane = createPane(def);
    panes.push(pane);
    box.append(pane.node);
  }
  document.addEventListener("click", (ev) => {
    if (!ev.target.closest(".menu, button.cmd, button.attach")) for (const p of panes) p.menus.forEach((m) => (m.hidden = true));
  });
  await Promise.all(panes.map(loadChat));
  connect();
  await refreshItems();
  setInterval(refreshItems, 1500);
  document.body.dataset.ready = "true";
}

void main();
