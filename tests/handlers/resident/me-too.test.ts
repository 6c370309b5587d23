/**
 * "Me too" in the conversation (#15): when a draft becomes complete, the open
 * items of its place that look like the same matter are offered before the
 * read-back. Reducer tables for the "me-too" step (join, decline, stale
 * buttons, text typed while the offer stands), the join itself, /my with
 * followed items and unfollowing.
 *
 * A text typed while the offer stands goes into the draft, and the offer is
 * asked again (the same cards: the place did not change, so nothing is looked up again).
 */
import { describe, expect, it } from "vitest";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { directoryView } from "../../../handlers/directory/view.js";
import { joinItem } from "../../../handlers/items/followers.js";
import type { Item } from "../../../handlers/items/model.js";
import { LOCALES } from "../../../handlers/locale.js";
import type { MemberDirectory } from "../../../handlers/ports.js";
import { unpackResidentButton } from "../../../handlers/resident/callback.js";
import { isCorrection, withoutNegated } from "../../../handlers/resident/correction.js";
import type { ResidentInput } from "../../../handlers/resident/input.js";
import { createItemActions } from "../../../handlers/resident/item-actions.js";
import { joinOffered } from "../../../handlers/resident/me-too.js";
import type { KeyboardKey } from "../../../handlers/resident/prompts.js";
import { reduce, type ReduceEnv, type ReduceResult, type Routed } from "../../../handlers/resident/reducer.js";
import { draftText, IDLE, type Conversation } from "../../../handlers/resident/state.js";
import { createRouter } from "../../../handlers/routing/router.js";
import { createTranslator } from "../../../locales/index.js";
import { makeItem } from "../../support/items.js";

const directory = loadDefaultDirectory();
const view = directoryView(directory);
const router = createRouter(directory);
const t = createTranslator();
const NOW = 1_780_000_000_000;
const DAY = 24 * 3600_000;
const routed = (text: string): Routed => ({ ...router.route(text), source: "rules" });

/** An open item of someone else about Fengming's Old Street lamps. */
const LAMPS = makeItem({ id: "LAMPAA", text: "凤鸣镇老街的路灯坏了好几盏，晚上很黑", summary: "凤鸣镇老街路灯坏了好几盏", category: "public-facilities", createdAt: NOW - 2 * DAY, residentId: 901, residentChatId: 901 });
/** Another open Fengming item, about something else. */
const BUS = makeItem({ id: "BUSAAA", createdAt: NOW - DAY, residentId: 902, residentChatId: 902 });

function envFor(state: Conversation, input: ResidentInput, over: Partial<ReduceEnv>): ReduceEnv {
  const env: ReduceEnv = { now: NOW, locale: "zh-CN", user: { id: 77, firstName: "王" }, chatId: 77, directory: view, profile: null, newNonce: "n1", newCode: "K7M3QX", itemsAllowed: true, similarDays: 90, ...over };
  const text = input.type === "text" ? input.text : undefined;
  if (text) {
    env.route = routed([state.draft ? draftText(state.draft) : "", text].filter(Boolean).join("\n"));
    env.routeNew = routed(state.draft && state.draft.parts.length > 0 && isCorrection(text) ? withoutNegated(text) : text);
  }
  return env;
}

/** Runs inputs like the service: a result asking for a lookup is decided again with the place's open items. */
function run(inputs: ResidentInput[], start: Conversation = IDLE, open: Item[] = [LAMPS, BUS], over: Partial<ReduceEnv> = {}): { state: Conversation; results: ReduceResult[] } {
  let state = start;
  const results: ReduceResult[] = [];
  for (const input of inputs) {
    const env = envFor(state, input, over);
    let r = reduce(state, input, env);
    if (r.lookup !== undefined) {
      expect(r.replies.at(-1)?.key, "without the items: the plain read-back").toBe("review-card");
      r = reduce(state, input, { ...env, similar: { place: r.lookup, items: open.filter((i) => i.place === r.lookup) } });
      expect(r.lookup).toBeUndefined();
    }
    for (const rep of r.replies) {
      for (const locale of LOCALES) {
        expect(t.has(locale, rep.key), `${rep.key} in ${locale}`).toBe(true);
        for (const b of rep.buttons?.flat() ?? []) expect(t.has(locale, b.key), `${b.key} in ${locale}`).toBe(true);
        for (const l of rep.lines ?? []) expect(t.has(locale, l.key), `${l.key} in ${locale}`).toBe(true);
      }
    }
    results.push(r);
    state = r.state;
  }
  return { state, results };
}

const text = (x: string): ResidentInput => ({ type: "text", text: x });
const button = (data: string): ResidentInput => (data.startsWith("kb:") ? { type: "keyboard", key: data.slice(3) as KeyboardKey } : { type: "button", button: unpackResidentButton(data) });
const keys = (r: ReduceResult) => r.replies.map((x) => x.key);
const last = (x: { results: ReduceResult[] }) => x.results.at(-1)!;
const actions = (r: ReduceResult) => r.replies.flatMap((x) => x.buttons?.flat() ?? []).map((b) => b.action);

/** B's draft about the same lamps, up to the contact question. */
const upToContact = () => run([text("凤鸣镇老街路灯不亮了"), button("kb:kb-skip")]);
/** …and stays anonymous: the offer. */
const offered = () => run([button("kb:kb-anonymous")], upToContact().state);

describe("me too: the offer when a draft becomes complete", () => {
  it("the completing answer looks up the place's open items once; the same matter is offered as a short card, with join and decline", () => {
    const before = upToContact();
    expect(before.results.every((r) => r.lookup === undefined)).toBe(true);
    const r = offered();
    expect(r.state.step).toBe("me-too");
    expect(r.state.offer?.map((c) => c.code)).toEqual(["LAMPAA"]);
    expect(r.state.draft?.similarPlace).toBe("fengming");
    const offer = last(r).replies.at(-1)!;
    expect(keys(last(r))).toEqual(["anonymous-ok", "me-too-offer"]);
    expect(offer.lines).toEqual([{ key: "me-too-card", args: { code: "LAMPAA", summary: "凤鸣镇老街路灯坏了好几盏", status: "new", support: 1, target: "凤鸣镇人大代表之家" } }]);
    expect(actions(last(r))).toEqual(["1m:n1:LAMPAA", "1d:n1"]);
    const shown = t.t("zh-CN", offer.key, offer.args) + "\n" + t.t("zh-CN", offer.lines![0]!.key, offer.lines![0]!.args);
    expect(shown).toMatch(/LAMPAA.*凤鸣镇老街路灯坏了好几盏.*等待审核.*凤鸣镇人大代表之家.*1 位居民反映/s);
    expect(t.t("en", offer.lines![0]!.key, offer.lines![0]!.args)).toMatch(/1 resident behind it/);
  });

  it("nothing alike, or only the resident's own or followed items: straight to the read-back, and no second lookup for that place", () => {
    const mine = { ...LAMPS, residentId: 77 };
    const followed = joinItem(LAMPS, { residentId: 77, chatId: 77, locale: "zh-CN" }, NOW) as Item;
    for (const open of [[BUS], [mine, BUS], [followed]]) {
      const r = run([button("kb:kb-anonymous")], upToContact().state, open);
      expect(r.state.step).toBe("review");
      expect(keys(last(r)).at(-1)).toBe("review-card");
      expect(r.state.draft?.similarPlace).toBe("fengming");
      // Edit → back: complete again, but the place was looked at.
      const again = reduce({ ...r.state, step: "edit" }, button("1b:n1"), envFor(r.state, button("1b:n1"), {}));
      expect(again.lookup).toBeUndefined();
      expect(keys(again)).toEqual(["review-card"]);
    }
  });

  it("an item outside SIMILAR_DAYS, closed, or of another place is never offered", () => {
    const old = { ...LAMPS, createdAt: NOW - 100 * DAY };
    const closed = { ...LAMPS, status: "closed" as const };
    for (const open of [[old], [closed]]) expect(run([button("kb:kb-anonymous")], upToContact().state, open).state.step).toBe("review");
    expect(run([button("kb:kb-anonymous")], upToContact().state, [LAMPS], { similarDays: 1 }).state.step).toBe("review");
  });
});

describe("me too: the answers", () => {
  it("'this is mine too' asks the service to join that item; the draft stays as it is until then", () => {
    const o = offered();
    const r = run([button("1m:n1:LAMPAA")], o.state);
    expect(last(r).join).toBe("LAMPAA");
    expect(last(r).replies).toEqual([]);
    expect(last(r).items).toBeUndefined();
    expect(r.state).toEqual(o.state);
  });

  it("joining: the draft ends, the offer becomes the confirmation naming the code, one follower write (their words, no contact when anonymous)", () => {
    const o = offered();
    const env = envFor(o.state, button("1m:n1:LAMPAA"), {});
    const j = joinOffered(o.state, o.state.draft!, { item: LAMPS, rev: LAMPS.rev }, env);
    expect(j.state).toEqual(IDLE);
    expect(j.replies).toHaveLength(1);
    expect(j.replies[0]).toMatchObject({ key: "me-too-joined", args: { code: "LAMPAA", support: 2 }, edit: true });
    expect(j.items).toHaveLength(1);
    expect(j.items[0]).toMatchObject({ kind: "update", expectedRev: LAMPS.rev, indexForResidents: [77], before: LAMPS });
    const after = j.items[0]!.item as Item;
    expect(after.followers).toEqual([{ residentId: 77, chatId: 77, locale: "zh-CN", at: NOW, note: "凤鸣镇老街路灯不亮了" }]);
    expect(after.history.at(-1)).toMatchObject({ action: "joined", data: { support: 2 } });
  });

  it("a resident who shared their contact joins with it (their consent carries over)", () => {
    const shared = run([{ type: "contact", phone: "+8613900002222", name: "王五", ownContact: true }], upToContact().state);
    expect(shared.state.step).toBe("me-too");
    const j = joinOffered(shared.state, shared.state.draft!, { item: LAMPS, rev: LAMPS.rev }, envFor(shared.state, button("1m:n1:LAMPAA"), {}));
    expect((j.items[0]!.item as Item).followers?.[0]).toMatchObject({ contactConsent: true, phone: "+8613900002222", name: "王五" });
  });

  it("the item was closed (or vanished) since the offer: said so, and on to the read-back so the draft can still be sent", () => {
    const o = offered();
    const env = envFor(o.state, button("1m:n1:LAMPAA"), {});
    for (const loaded of [{ item: { ...LAMPS, status: "closed" as const }, rev: LAMPS.rev }, null]) {
      const j = joinOffered(o.state, o.state.draft!, loaded, env);
      expect(j.replies.map((x) => x.key)).toEqual(["me-too-closed", "review-card"]);
      expect(j.items).toEqual([]);
      expect(j.state.step).toBe("review");
      expect(j.state.draft?.declined).toEqual(["LAMPAA"]);
    }
  });

  it("'no, mine is different': the read-back takes the offer's place, and the offered items are never offered again for this draft", () => {
    const r = run([button("1d:n1")], offered().state);
    expect(r.state.step).toBe("review");
    expect(r.state.offer).toBeNull();
    expect(r.state.draft?.declined).toEqual(["LAMPAA"]);
    expect(last(r).replies).toHaveLength(1);
    expect(last(r).replies[0]).toMatchObject({ key: "review-card", edit: true });
    expect(actions(last(r))).toEqual(["1s:n1", "1e:n1", "1x:n1"]);
    // Another place and back: looked up again, but the declined item stays out.
    const moved = run([button("1e:n1"), button("1ep:n1"), button("1p:n1:shuangjiang"), button("1e:n1"), button("1ep:n1"), button("1p:n1:fengming")], r.state);
    expect(moved.state.step).toBe("review");
    expect(moved.state.offer).toBeNull();
    // Submit after declining is the usual submission.
    const sent = run([button("1s:n1")], r.state);
    expect(keys(last(sent))).toEqual(["submitted"]);
    expect(last(sent).items?.[0]).toMatchObject({ kind: "create" });
  });

  it.each([
    ["a join of another draft", "1m:zz:LAMPAA"],
    ["a join of an item that was not offered", "1m:n1:BUSAAA"],
    ["a decline of another draft", "1d:zz"],
  ])("%s is stale and changes nothing", (_what, data) => {
    const o = offered();
    const r = run([button(data)], o.state);
    expect(keys(last(r))).toEqual(["button-expired"]);
    expect(last(r).join).toBeUndefined();
    expect(r.state).toEqual(o.state);
  });

  it("after declining, the offer's buttons are stale", () => {
    const declined = run([button("1d:n1")], offered().state).state;
    for (const data of ["1m:n1:LAMPAA", "1d:n1"]) {
      const r = run([button(data)], declined);
      expect(keys(last(r)), data).toEqual(["button-expired"]);
      expect(r.state).toEqual(declined);
    }
  });

  it("a text typed while the offer stands goes into the draft, and the offer is asked again (no new lookup)", () => {
    const o = offered();
    const r = run([text("已经黑了一个星期了，老人晚上不敢出门")], o.state);
    expect(r.state.step).toBe("me-too");
    expect(r.state.draft?.parts).toEqual(["凤鸣镇老街路灯不亮了", "已经黑了一个星期了，老人晚上不敢出门"]);
    expect(keys(last(r))).toEqual(["draft-extended", "me-too-offer"]);
    expect(actions(last(r))).toEqual(["1m:n1:LAMPAA", "1d:n1"]);
    expect(last(r).lookup).toBeUndefined();
    // "好的" carries no matter: the offer again, the draft as it was.
    const ok = run([text("好的")], r.state);
    expect(keys(last(ok))).toEqual(["me-too-offer"]);
    expect(ok.state.draft?.parts).toHaveLength(2);
  });

  it("/new or /cancel drop the offer with the draft", () => {
    for (const command of ["new", "cancel"]) expect(run([{ type: "command", command, args: "" }], offered().state).state).toEqual(IDLE);
  });
});

describe("/my with followed items, and unfollowing", () => {
  const followed = joinItem(LAMPS, { residentId: 77, chatId: 77, locale: "zh-CN" }, NOW) as Item;
  const own = makeItem({ id: "OWNAAA", residentId: 77, residentChatId: 77 });

  it("lists own and followed items, the followed ones marked, each with an unfollow button", () => {
    const r = run([{ type: "command", command: "my", args: "" }], IDLE, [], { items: [own, followed] });
    const my = last(r).replies[0]!;
    expect(my.lines?.map((l) => l.key)).toEqual(["my-item-line", "my-item-line-followed"]);
    expect(actions(last(r))).toEqual(["1u:LAMPAA"]);
    expect(t.t("zh-CN", "my-item-line-followed", my.lines![1]!.args)).toMatch(/LAMPAA<\/code>（关注）/);
    expect(t.t("en", "my-item-line-followed", my.lines![1]!.args)).toMatch(/LAMPAA<\/code> \(followed\)/);
    const pressed = run([button("1u:LAMPAA")], IDLE);
    expect(last(pressed).itemAction).toEqual({ code: "LAMPAA", kind: "unfollow" });
  });

  const noMembers: MemberDirectory = { get: async () => ({ value: null }) as never, withRole: async () => [], deputiesOf: async () => [], deputyProfilesOf: async () => [], getMany: async () => [] };
  const itemActions = createItemActions({ members: noMembers, staffLocale: "zh-CN" });

  it("unfollow: the follower leaves (support − 1, out of their /my index) and the /my message is shown again without the item", async () => {
    const r = await itemActions({ item: followed, rev: followed.rev, action: { code: "LAMPAA", kind: "unfollow" }, residentId: 77, locale: "zh-CN", now: NOW + 1, listed: [own, followed] });
    expect(r.items).toHaveLength(1);
    expect(r.items![0]).toMatchObject({ kind: "update", expectedRev: followed.rev, unindexResidents: [77], before: followed });
    expect((r.items![0]!.item as Item).followers).toEqual([]);
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]).toMatchObject({ key: "unfollowed", args: { code: "LAMPAA" }, edit: true });
    expect(r.replies[0]!.lines?.map((l) => l.args?.code ?? l.key)).toEqual(["my-items", "OWNAAA"]);
    expect(r.replies[0]!.buttons).toBeUndefined();
  });

  it("an unfollow of an item they do not follow writes nothing", async () => {
    const r = await itemActions({ item: LAMPS, rev: LAMPS.rev, action: { code: "LAMPAA", kind: "unfollow" }, residentId: 77, locale: "zh-CN", now: NOW + 1, listed: [] });
    expect(r.items).toBeUndefined();
    expect(r.replies[0]).toMatchObject({ key: "unfollow-not-following", edit: true });
  });
});
