import { describe, expect, it } from "vitest";
import directoryData from "../../../data/directory.json" with { type: "json" };
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { parseDirectory } from "../../../handlers/directory/schema.js";
import { LOCALES } from "../../../handlers/locale.js";
import { reduce, type ReduceEnv, type ReduceResult, type Routed } from "../../../handlers/resident/reducer.js";
import { unpackResidentButton } from "../../../handlers/resident/callback.js";
import type { KeyboardKey } from "../../../handlers/resident/prompts.js";
import { directoryView } from "../../../handlers/directory/view.js";
import type { ResidentInput } from "../../../handlers/resident/input.js";
import { draftText, IDLE, type Conversation } from "../../../handlers/resident/state.js";
import { createRouter } from "../../../handlers/routing/router.js";
import type { Item } from "../../../handlers/items/model.js";
import { createTranslator } from "../../../locales/index.js";
import { isCorrection, withoutNegated } from "../../../handlers/resident/correction.js";
import { makeItem } from "../../support/items.js";

const directory = loadDefaultDirectory();
const view = directoryView(directory);
const router = createRouter(directory);
const t = createTranslator();
const routed = (text: string): Routed => ({ ...router.route(text), source: "rules" });

/** Builds the env the service would build: routing of the combined draft text and of the new text alone. */
function envFor(state: Conversation, input: ResidentInput, over: Partial<ReduceEnv> = {}): ReduceEnv {
  const env: ReduceEnv = {
    now: 1_780_000_000_000,
    locale: "zh-CN",
    user: { id: 77, firstName: "王" },
    chatId: 77,
    directory: view,
    profile: null,
    newNonce: "n1",
    newCode: "K7M3QX",
    itemsAllowed: true,
    similarDays: 90,
    ...over,
  };
  const text = input.type === "text" ? input.text : input.type === "photo" ? input.caption : undefined;
  if (text && !env.route) {
    env.route = routed([state.draft ? draftText(state.draft) : "", text].filter(Boolean).join("\n"));
    // As the service does: a correction is routed without what it denies.
    env.routeNew = routed(state.draft && state.draft.parts.length > 0 && isCorrection(text) ? withoutNegated(text) : text);
  }
  return env;
}

/** Runs a sequence of inputs through the reducer, checking every reply key exists in every locale. */
function run(inputs: ResidentInput[], start: Conversation = IDLE, over: Partial<ReduceEnv> = {}): { state: Conversation; results: ReduceResult[] } {
  let state = start;
  const results: ReduceResult[] = [];
  for (const input of inputs) {
    const r = reduce(state, input, envFor(state, input, over));
    for (const rep of r.replies) {
      for (const locale of LOCALES) {
        expect(t.has(locale, rep.key), `${rep.key} in ${locale}`).toBe(true);
        for (const b of rep.buttons?.flat() ?? []) expect(t.has(locale, b.key), `${b.key} in ${locale}`).toBe(true);
        for (const l of rep.lines ?? []) expect(t.has(locale, l.key)).toBe(true);
      }
    }
    results.push(r);
    state = r.state;
  }
  return { state, results };
}

const text = (t: string): ResidentInput => ({ type: "text", text: t });
/** A button press as the adapter delivers it: callback data unpacked by the codec; "kb:<key>" for a reply-keyboard button. */
const button = (data: string): ResidentInput => (data.startsWith("kb:") ? { type: "keyboard", key: data.slice(3) as KeyboardKey } : { type: "button", button: unpackResidentButton(data) });
const cmd = (command: string, args = ""): ResidentInput => ({ type: "command", command, args });
const keys = (r: ReduceResult) => r.replies.map((x) => x.key);
const last = (x: { results: ReduceResult[] }) => x.results.at(-1)!;

describe("resident conversation reducer", () => {
  it("small talk without a draft gets a prompt to describe the matter, and nothing is stored", () => {
    for (const hello of ["你好", "hello", "在吗", "谢谢"]) {
      const { state, results } = run([text(hello)]);
      expect(keys(results[0]!)).toEqual(["not-a-suggestion"]);
      expect(state).toEqual(IDLE);
    }
  });

  it("a complete first message goes straight to the optional attachments, then contact, then review", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了，希望增加班次。")]);
    expect(r.state.step).toBe("ask-attachments");
    expect(r.state.draft).toMatchObject({ place: "fengming", category: "roads-transport", target: "deputy-fengming" });
    expect(last(r).replies[0]!.request?.kind).toBe("location");
    const r2 = run([button("kb:kb-skip")], r.state);
    expect(r2.state.step).toBe("ask-contact");
    expect(last(r2).replies.at(-1)!.request?.kind).toBe("contact");
    const r3 = run([button("kb:kb-anonymous")], r2.state);
    expect(r3.state.step).toBe("review");
    const card = last(r3).replies.at(-1)!;
    expect(card.key).toBe("review-card");
    expect(card.args).toMatchObject({ place: "凤鸣镇", target: "凤鸣镇人大代表之家", contact: "anonymous" });
    expect(card.buttons!.flat().map((b) => b.action)).toEqual(["1s:n1", "1e:n1", "1x:n1"]);
  });

  it("asks only for the place when the text names none, and the tapped place decides the target", () => {
    const r = run([text("路灯坏了好几天了，晚上走路很危险")]);
    expect(r.state.step).toBe("ask-place");
    expect(r.state.draft?.place).toBe("unknown");
    const actions = last(r).replies[0]!.buttons!.flat().map((b) => b.action);
    expect(actions).toContain("1p:n1:shuangjiang");
    expect(actions).toContain("1p:n1:?");
    const r2 = run([button("1p:n1:shuangjiang")], r.state);
    expect(r2.state.draft).toMatchObject({ place: "shuangjiang", placeBy: "resident", target: "room-shuangjiang" });
    expect(r2.state.step).toBe("ask-attachments");
  });

  it("asks with both places as buttons when the text names two equally likely places, and the tapped one decides", () => {
    const r = run([text("人和街道和盘龙街道之间那段路的路灯都不亮")]);
    expect(r.state.step).toBe("ask-place");
    expect(r.state.draft).toMatchObject({ place: "unknown", target: null, placeCandidates: ["renhe", "panlong"] });
    const ask = last(r).replies[0]!;
    expect(ask.key).toBe("ask-place-which");
    expect(ask.args).toMatchObject({ places: "人和街道 / 盘龙街道" });
    expect(ask.buttons!.flat().map((b) => b.action)).toEqual(["1p:n1:renhe", "1p:n1:panlong", "1p:n1:*", "1p:n1:?"]);
    for (const locale of LOCALES) expect(t.t(locale, "ask-place-which", ask.args), locale).toContain("人和街道 / 盘龙街道");
    const r2 = run([button("1p:n1:panlong")], r.state);
    expect(r2.state.draft).toMatchObject({ place: "panlong", placeBy: "resident", target: "room-panlong", placeCandidates: [] });
    expect(r2.state.step).toBe("ask-attachments");
  });

  it("offers every place after 'another place' on the two-place question", () => {
    const r = run([text("人和街道和盘龙街道的路灯都坏了"), button("1p:n1:*")]);
    expect(r.state.step).toBe("ask-place");
    const actions = last(r).replies[0]!.buttons!.flat().map((b) => b.action);
    expect(last(r).replies[0]!.key).toBe("ask-place");
    expect(actions).toContain("1p:n1:shuangjiang");
    expect(actions).toContain("1p:n1:?");
    expect(run([button("1p:n1:shuangjiang")], r.state).state.draft).toMatchObject({ place: "shuangjiang", target: "room-shuangjiang" });
  });

  it("'not sure' about the place leaves the target to staff", () => {
    const r = run([text("路灯坏了好几天了"), button("1p:n1:?"), button("kb:kb-skip"), button("kb:kb-anonymous")]);
    expect(r.state.step).toBe("review");
    expect(r.state.draft).toMatchObject({ place: "unknown", target: null, placeUnknownOk: true });
    expect(last(r).replies.at(-1)!.args).toMatchObject({ target: "undecided", place: "unknown" });
  });

  it("asks for the topic when the router found none, and the tapped topic picks the rule", () => {
    const start: Conversation = { ...IDLE, step: "ask-topic", draft: { ...run([text("巴阳镇的事情想反映一下情况")]).state.draft!, category: null, target: null } };
    const r = run([button("1t:n1:health")], start);
    expect(r.state.draft).toMatchObject({ category: "health", categoryBy: "resident", target: "member-medical" });
  });

  it("refuses stale or forged buttons without touching the draft", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了")]);
    // An old draft's Submit, an unknown place or topic, malformed and foreign data, an unversioned draft button, a forget outside its question.
    for (const action of ["1s:old1", "1p:n1:atlantis", "1t:n1:nope", "zz", "1p:n1", "1l:fr", "1f:y", "i:", "", "s:n1", "9s:n1", "1s:n1:extra"]) {
      const r2 = run([button(action)], r.state);
      expect(keys(last(r2)), action).toEqual(["button-expired"]);
      expect(r2.state).toEqual(r.state);
    }
  });

  it("submits on one tap: an item of status new with the router's decision kept, and the draft cleared", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了，希望增加班次。"), button("kb:kb-skip"), button("kb:kb-anonymous"), button("1s:n1")]);
    const result = last(r);
    expect(keys(result)).toEqual(["submitted"]);
    expect(result.replies[0]!.args).toMatchObject({ code: "K7M3QX", target: "凤鸣镇人大代表之家" });
    expect(r.state).toEqual(IDLE);
    const write = result.items![0]!;
    expect(write.kind).toBe("create");
    const item = write.item as Item;
    expect(item).toMatchObject({ id: "K7M3QX", status: "new", place: "fengming", category: "roads-transport", target: "deputy-fengming", residentId: 77, contactConsent: false, contact: null });
    expect(item.route.reasons.length).toBeGreaterThan(0);
    expect(item.history[0]).toMatchObject({ action: "submitted", to: "new", by: { role: "resident", id: 77 } });
  });

  it("keeps the draft when today's item limit is used up", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了"), button("kb:kb-skip"), button("kb:kb-anonymous")]);
    const r2 = run([button("1s:n1")], r.state, { itemsAllowed: false });
    expect(keys(last(r2))).toEqual(["items-limit"]);
    expect(r2.state).toEqual(r.state);
    expect(last(r2).items).toBeUndefined();
  });

  it("a shared own contact goes on the item with consent; someone else's card is refused", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了"), button("kb:kb-skip")]);
    const other = run([{ type: "contact", phone: "+8613800000000", name: "张三", ownContact: false }], r.state);
    expect(keys(last(other))).toEqual(["contact-not-own"]);
    expect(other.state).toEqual(r.state);
    const own = run([{ type: "contact", phone: "+8613900000000", name: "王芳", ownContact: true }, button("1s:n1")], r.state);
    const item = own.results[1]!.items![0]!.item as Item;
    expect(item).toMatchObject({ contactConsent: true, contact: { phone: "+8613900000000", name: "王芳" }, residentName: "王芳" });
    expect(own.results[0]!.profile?.contact).toEqual({ phone: "+8613900000000", name: "王芳" });
  });

  it("more text while reviewing extends the item and re-reads it back; chatter is not added", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了"), button("kb:kb-skip"), button("kb:kb-anonymous")]);
    const more = run([text("早上七点以前一班都没有。")], r.state);
    expect(keys(last(more))).toEqual(["draft-extended", "review-card"]);
    expect(more.state.draft!.parts).toHaveLength(2);
    for (const ack of ["好的", "谢谢！", "OK", "thanks"]) {
      const chatter = run([text(ack)], more.state);
      expect(chatter.state.draft!.parts, ack).toHaveLength(2);
      expect(keys(last(chatter))).toEqual(["review-card"]);
    }
    // A fragment that is not a suggestion on its own is still content.
    expect(run([text("已经持续三天了")], more.state).state.draft!.parts).toHaveLength(3);
  });

  it("edit menu: change the place, add details, change the contact, go back", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了"), button("kb:kb-skip"), button("kb:kb-anonymous"), button("1e:n1")]);
    expect(r.state.step).toBe("edit");
    expect(last(r).replies[0]!.buttons!.flat().map((b) => b.action)).toEqual(["1ep:n1", "1et:n1", "1ed:n1", "1ec:n1", "1b:n1"]);
    const place = run([button("1ep:n1"), button("1p:n1:huangshi")], r.state);
    expect(place.state).toMatchObject({ step: "review", draft: { place: "huangshi", target: "deputy-huangshi" } });
    const details = run([button("1ed:n1"), text("周末更少")], r.state);
    expect(details.state.step).toBe("review");
    expect(details.state.draft!.parts.at(-1)).toBe("周末更少");
    const contact = run([button("1ec:n1")], r.state);
    expect(contact.state.step).toBe("ask-contact");
    expect(run([button("1b:n1")], r.state).state.step).toBe("review");
  });

  it("refuses texts over 4,000 characters with a clear message and keeps the draft as it was", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了")]);
    const long = run([text("路".repeat(4001))], r.state);
    expect(keys(last(long))).toEqual(["text-too-long"]);
    expect(last(long).replies[0]!.args).toMatchObject({ max: 4000, length: 4001 });
    expect(long.state).toEqual(r.state);
  });

  it("answers stickers, voice and files kindly and changes nothing", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了")]);
    expect(keys(last(run([{ type: "unsupported", kind: "sticker" }], r.state)))).toEqual(["unsupported"]);
    expect(keys(last(run([{ type: "unsupported", kind: "voice" }], r.state)))).toEqual(["unsupported-voice"]);
    expect(run([{ type: "unsupported", kind: "document" }], r.state).state).toEqual(r.state);
  });

  it("a photo with no draft starts one and asks what it is about; photos are capped", () => {
    const r = run([{ type: "photo", fileId: "PHOTO1" }]);
    expect(r.state.step).toBe("ask-text");
    expect(r.state.draft!.photos).toEqual(["PHOTO1"]);
    let state = r.state;
    for (let i = 2; i <= 5; i++) state = run([{ type: "photo", fileId: `PHOTO${i}` }], state).state;
    const sixth = run([{ type: "photo", fileId: "PHOTO6" }], state);
    expect(keys(last(sixth))).toEqual(["photo-limit"]);
    expect(sixth.state.draft!.photos).toHaveLength(5);
    const captioned = run([{ type: "photo", fileId: "P", caption: "人和街道这个垃圾堆好几天没人清理" }]);
    expect(captioned.state.draft).toMatchObject({ place: "renhe", category: "environment", target: "room-renhe" });
  });

  it("a location pin attaches to the draft and counts as the attachment", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了"), { type: "location", latitude: 30.93, longitude: 108.69 }]);
    expect(r.state.draft!.location).toEqual({ latitude: 30.93, longitude: 108.69 });
    expect(r.state.step).toBe("ask-contact");
  });

  it("a pin sent in answer to 'where is this?' is kept, and the bot asks only which town or street, with 'staff can use the pin'", () => {
    const asked = run([text("路灯坏了好几盏，晚上很黑")]);
    expect(asked.state.step).toBe("ask-place");
    expect(keys(last(asked))).toEqual(["ask-place"]);
    const pinned = run([{ type: "location", latitude: 30.95, longitude: 108.7 }], asked.state);
    expect(pinned.state.draft!.location).toEqual({ latitude: 30.95, longitude: 108.7 });
    expect(pinned.state.step).toBe("ask-place");
    // Not the same "where is this?" again: the pin is acknowledged and the question narrows.
    expect(keys(last(pinned))).toEqual(["location-added", "ask-place-pin"]);
    const notSure = last(pinned).replies[1]!.buttons!.flat().find((b) => b.key === "button-pin-not-sure")!;
    const decided = run([button(notSure.action)], pinned.state);
    expect(decided.state.draft).toMatchObject({ place: "unknown", placeUnknownOk: true, location: { latitude: 30.95 } });
    expect(decided.state.step).not.toBe("ask-place");
  });

  it("a pin inside a mapped town or street is the place: said, read back, changeable; words naming a place still win", () => {
    const raw = structuredClone(directoryData) as { places: Array<{ id: string; area?: unknown }> };
    raw.places.find((p) => p.id === "fengming")!.area = [[[108.6, 30.9], [108.7, 30.9], [108.7, 31.0], [108.6, 31.0]]];
    const mapped = directoryView(parseDirectory(raw));
    const asked = run([text("路灯坏了好几盏，晚上很黑")], IDLE, { directory: mapped });
    expect(asked.state.step).toBe("ask-place");
    const pinned = run([{ type: "location", latitude: 30.95, longitude: 108.65 }], asked.state, { directory: mapped });
    expect(pinned.state.draft).toMatchObject({ place: "fengming", placeBy: "pin", target: "deputy-fengming", location: { latitude: 30.95 } });
    // Never followed by "where is this?": the pin's place is said, and the conversation moves on.
    expect(keys(last(pinned))[0]).toBe("location-place");
    expect(last(pinned).replies[0]!.args).toMatchObject({ place: "凤鸣镇" });
    expect(keys(last(pinned))).not.toContain("ask-place");
    expect(keys(last(pinned))).not.toContain("ask-place-pin");
    // Outside every boundary: acknowledged, then only which town or street.
    const outside = run([{ type: "location", latitude: 30.5, longitude: 108.2 }], asked.state, { directory: mapped });
    expect(keys(last(outside))).toEqual(["location-added", "ask-place-pin"]);
    // A place the resident chose stays: the pin does not move it.
    const chosen = run([text("路灯坏了好几盏"), text("双江街道")], IDLE, { directory: mapped });
    const chosenDraft = chosen.state.draft!;
    const pinAfter = run([{ type: "location", latitude: 30.95, longitude: 108.65 }], chosen.state, { directory: mapped });
    expect(pinAfter.state.draft!.place).toBe(chosenDraft.place);
  });

  it("/cancel, /new and /start", () => {
    const r = run([text("凤鸣镇到县城的公交车太少了")]);
    expect(run([cmd("cancel")], r.state).state).toEqual(IDLE);
    expect(keys(last(run([cmd("cancel")])))).toEqual(["nothing-to-cancel"]);
    expect(run([cmd("new")], r.state).state).toEqual(IDLE);
    expect(keys(last(run([cmd("start")], r.state)))).toEqual(["start-welcome", "draft-waiting"]);
    expect(keys(last(run([cmd("frobnicate")])))).toEqual(["unknown-command"]);
  });

  it("/lang sets the profile's language", () => {
    const r = run([cmd("lang"), button("1l:en")]);
    expect(r.results[0]!.replies[0]!.buttons!.flat().map((b) => b.action)).toEqual(["1l:zh-CN", "1l:zh-TW", "1l:en"]);
    expect(r.results[1]!.profile?.locale).toBe("en");
  });

  it("/my and /status show only the resident's own items", () => {
    const mine = [makeItem({ id: "AAAAAA", residentId: 77 }), makeItem({ id: "CCCCCC", residentId: 77, status: "answered", answer: "已增加班次" })];
    const my = run([cmd("my")], IDLE, { items: mine });
    expect(last(my).replies[0]!.lines!.map((l) => l.args!.code)).toEqual(["AAAAAA", "CCCCCC"]);
    expect(keys(last(run([cmd("my")], IDLE, { items: [] })))).toEqual(["my-empty"]);
    const status = run([cmd("status", "cccccc")], IDLE, { items: mine });
    expect(last(status).replies[0]).toMatchObject({ key: "status-item", args: { code: "CCCCCC", status: "answered", answer: "已增加班次" } });
    expect(keys(last(run([cmd("status", "ZZZZZZ")], IDLE, { items: mine })))).toEqual(["status-not-found"]);
    expect(keys(last(run([cmd("status")], IDLE, { items: mine })))).toEqual(["status-usage"]);
  });

  it("/forget asks first; yes erases the profile and anonymises every item; no keeps everything", () => {
    const items = [makeItem({ id: "AAAAAA", residentId: 77, contactConsent: true, contact: { phone: "1" } })];
    const confirm = run([cmd("forget")]);
    expect(confirm.state.step).toBe("confirm-forget");
    const no = run([button("1f:n")], confirm.state);
    expect(keys(last(no))).toEqual(["forget-cancelled"]);
    const yes = run([button("1f:y")], confirm.state, { items });
    const r = last(yes);
    expect(r.profile).toBeNull();
    expect(r.forget).toBe(true);
    expect(r.items![0]!.item).toMatchObject({ residentId: null, residentChatId: null, contact: null, contactConsent: false, rev: 2 });
    // A confirmation is only valid as the very next answer.
    const later = run([cmd("forget"), text("你好"), button("1f:y")], IDLE, { items });
    expect(keys(last(later))).toEqual(["button-expired"]);
  });

  it("/forget removes the resident from items they only follow (merged duplicates) without touching the owner", () => {
    const followed = makeItem({ id: "DDDDDD", residentId: 12, residentChatId: 12, followers: [{ residentId: 77, chatId: 77, locale: "zh-CN", from: "EEEEEE" }, { residentId: 99, chatId: 99, locale: "en", from: "FFFFFF" }] });
    const r = last(run([cmd("forget"), button("1f:y")], IDLE, { items: [followed] }));
    const after = r.items![0]!.item as Item;
    expect(after.residentId).toBe(12);
    expect(after.followers!.map((f) => f.residentId)).toEqual([99]);
    expect(r.replies[0]!.args).toMatchObject({ count: 0 });
  });

  it("a deputy's question: the reply button makes the next text the reply", () => {
    const r = run([button("i:q:AAAAAA"), text("路口在老街菜市场旁边")]);
    expect(r.results[0]!.state.step).toBe("reply-to-item");
    expect(r.results[1]!.itemAction).toEqual({ code: "AAAAAA", kind: "reply", text: "路口在老街菜市场旁边" });
    expect(r.state.step).toBe("idle");
    expect(run([button("i:r:AAAAAA:4")]).results[0]!.itemAction).toEqual({ code: "AAAAAA", kind: "rate", stars: 4, stage: null });
  });

  it("topic buttons: attend and evaluations go to the topic service; 'in writing' makes the next text the view, not a new item", () => {
    expect(run([button("1ca:TK7M3Q:y")]).results[0]!.topicAction).toEqual({ kind: "rsvp", topic: "TK7M3Q", attend: true });
    expect(run([button("1ce:TK7M3Q:p:4")]).results[0]!.topicAction).toEqual({ kind: "evaluate", topic: "TK7M3Q", verdict: "partly", score: 4 });
    const r = run([button("1cw:TK7M3Q"), text("希望换成太阳能路灯")]);
    expect(keys(r.results[0]!)).toEqual(["topic-view-prompt"]);
    expect(r.results[0]!.state).toMatchObject({ step: "topic-view", viewTopic: "TK7M3Q" });
    expect(r.results[1]!.topicAction).toEqual({ kind: "view", topic: "TK7M3Q", text: "希望换成太阳能路灯" });
    expect(r.results[1]!.items ?? []).toEqual([]);
    expect(r.state).toMatchObject({ step: "idle", viewTopic: null, draft: null });
    // /cancel leaves the view unwritten.
    expect(run([button("1cw:TK7M3Q"), cmd("cancel"), text("凤鸣镇老街的路灯坏了")]).results[2]!.topicAction).toBeUndefined();
  });

  it("an item naming a danger jumps the queue", () => {
    const r = run([text("盘龙街道后山有滑坡的迹象，下面住着好几户人"), button("kb:kb-skip"), button("kb:kb-anonymous"), button("1s:n1")]);
    const w = last(r).items![0]!;
    expect((w.item as Item).urgent).toBe(true);
    expect(w.kind === "create" && w.queueScore).toBeLessThan((w.item as Item).createdAt);
  });

  it("a message with only a place keeps the place and asks what happened; nothing can be submitted until it is said", () => {
    for (const [words, place] of [["黄石镇", "huangshi"], ["在巴阳镇", "bayang"], ["盤龍街道", "panlong"]] as const) {
      const r = run([text(words)]);
      expect(keys(last(r)), words).toEqual(["ask-what-happened"]);
      expect(r.state.step, words).toBe("ask-text");
      expect(r.state.draft, words).toMatchObject({ place, parts: [] });
      // A Submit button from anywhere cannot make an item of it.
      expect(run([button(`1s:${r.state.draft!.nonce}`)], r.state).results[0]!.items ?? []).toEqual([]);
    }
    const first = run([text("黄石镇")]);
    const then = run([text("路灯坏了好几盏")], first.state);
    expect(then.state.draft).toMatchObject({ place: "huangshi", category: "public-facilities", parts: ["路灯坏了好几盏"] });
    expect(then.state.step).not.toBe("ask-text");
  });

  it("a typed correction of the place updates the draft and its read-back instead of adding words", () => {
    for (const [fix, locale] of [
      ["不对，是盘龙街道，不是巴阳镇", "zh-CN"],
      ["不是巴阳镇，是盘龙街道", "zh-CN"],
      ["错了，应该是盘龙街道", "zh-CN"],
      ["不對，是盤龍街道，不是巴陽鎮", "zh-TW"],
      ["No, it's in Panlong, not Bayang", "en"],
    ] as const) {
      const start = run([text("巴阳镇场镇的路灯坏了好几盏，晚上很黑")], IDLE, { locale });
      expect(start.state.draft!.place).toBe("bayang");
      const r = run([text(fix)], start.state, { locale });
      expect(r.state.draft!.place, fix).toBe("panlong");
      expect(r.state.draft!.parts, fix).toEqual(start.state.draft!.parts);
      expect(r.state.draft!.target, fix).toBe("room-panlong");
      expect(keys(last(r))[0], fix).toBe("correction-applied");
    }
    // Not a correction of place: more words about the matter.
    const start = run([text("巴阳镇场镇的路灯坏了好几盏，晚上很黑")]);
    const more = run([text("不是一盏坏了，是好几盏都坏了")], start.state);
    expect(more.state.draft!.place).toBe("bayang");
    expect(more.state.draft!.parts).toHaveLength(2);
  });

  it("a typed answer while a deputy's question is pending goes to that item; with a draft open the bot asks which", () => {
    const direct = run([text("在东段，靠近小学门口")], IDLE, { pendingQuestion: "K7M3QA" });
    expect(last(direct)).toMatchObject({ itemAction: { code: "K7M3QA", kind: "reply", text: "在东段，靠近小学门口" }, clearQuestion: true });
    expect(direct.state.draft).toBeNull();

    const drafting = run([text("凤鸣镇到县城的公交车太少了")]);
    const asked = run([text("在东段，靠近小学门口")], drafting.state, { pendingQuestion: "K7M3QA" });
    expect(keys(last(asked))).toEqual(["answer-or-draft"]);
    expect(asked.state.draft).toEqual(drafting.state.draft);
    const nonce = drafting.state.draft!.nonce;
    const yes = run([button(`1h:${nonce}:y`)], asked.state, { pendingQuestion: "K7M3QA" });
    expect(last(yes)).toMatchObject({ itemAction: { code: "K7M3QA", text: "在东段，靠近小学门口" }, clearQuestion: true });
    expect(yes.state.held).toBeNull();
    const no = run([button(`1h:${nonce}:n`)], asked.state, { pendingQuestion: "K7M3QA" });
    expect(no.state.draft!.parts).toEqual(["凤鸣镇到县城的公交车太少了", "在东段，靠近小学门口"]);
    // A second press of the same choice finds nothing held.
    expect(keys(run([button(`1h:${nonce}:y`)], no.state).results[0]!)).toEqual(["button-expired"]);
  });

  it("/status shows the rating once the resident gave one", () => {
    const rated = makeItem({ id: "K7M3QR", status: "closed", rating: 4, answer: "已修好", residentId: 77 });
    const r = run([cmd("status", "K7M3QR")], IDLE, { items: [rated] });
    const rep = last(r).replies[0]!;
    expect(t.t("en", rep.key, rep.args)).toMatch(/Your rating:.*4 \/ 5/);
    expect(t.t("zh-CN", rep.key, rep.args)).toMatch(/您的评价：.*4 \/ 5/);
    const unrated = run([cmd("status", "K7M3QR")], IDLE, { items: [{ ...rated, rating: null }] });
    expect(t.t("en", last(unrated).replies[0]!.key, last(unrated).replies[0]!.args)).not.toMatch(/rating/);
  });
});
