import { describe, expect, it } from "vitest";
import { FOLLOWERS_MAX, parseItem, queueScore, supportOf, type Item } from "../../../handlers/items/model.js";
import { accept, answer, ask, claim, close, forward, merge, pickNext, reject, reroute, returnToTriage, staffReply } from "../../../handlers/staff/actions.js";
import { deputyCard } from "../../../handlers/staff/cards.js";
import { stageOf } from "../../../handlers/items/status.js";
import { packResidentButton, unpackResidentButton } from "../../../handlers/resident/callback.js";
import { StaffRefusal } from "../../../handlers/staff/errors.js";
import { makeItem } from "../../support/items.js";
import { deputies, deputyCtx, dir, NOW, staffCtx } from "./support.js";

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof StaffRefusal) return error.reply.key;
    throw error;
  }
  return "none";
};
const forwarded = (over: Partial<Item> = {}) => forward(makeItem(over), staffCtx, deputies).writes[0]!.item as Item;

describe("staff actions (pure)", () => {
  it("/forward: new → forwarded, a card per deputy in their language, the resident told, off the queue", () => {
    const item = makeItem({ id: "FAAAAA", residentId: 777001, residentChatId: 777002, locale: "en" });
    const r = forward(item, staffCtx, deputies);
    expect(r.writes).toEqual([expect.objectContaining({ kind: "update", expectedRev: 1, queueScore: null })]);
    const after = r.writes[0]!.item as Item;
    expect(after.status).toBe("forwarded");
    expect(after.history.at(-1)).toMatchObject({ by: { role: "staff", id: 900003 }, action: "forwarded", from: "new", to: "forwarded", at: NOW });
    const cards = r.notices.filter((n) => n.bot === "staff");
    expect(cards.map((n) => [n.chatId, n.locale, n.reply.key])).toEqual([
      [900002, "zh-CN", "deputy-card"],
      [900012, "en", "deputy-card"],
    ]);
    expect(cards[0]!.reply.args).toMatchObject({ place: "凤鸣镇", target: "凤鸣镇人大代表之家", contact: "none" });
    // No resident id anywhere in what deputies get.
    expect(JSON.stringify(cards)).not.toMatch(/777001|777002/);
    const toResident = r.notices.filter((n) => n.bot === "resident");
    expect(toResident).toEqual([{ bot: "resident", chatId: 777002, locale: "en", reply: expect.objectContaining({ key: "notice-forwarded" }) }]);
  });

  it("/forward refuses without deputies, without a target, or when not new", () => {
    expect(refusal(() => forward(makeItem(), staffCtx, []))).toBe("staff-no-deputies");
    expect(refusal(() => forward(makeItem({ target: null }), staffCtx, deputies))).toBe("staff-no-target");
    expect(refusal(() => forward(forwarded(), staffCtx, deputies))).toBe("staff-wrong-status");
    expect(refusal(() => forward(makeItem(), deputyCtx, deputies))).toBe("staff-wrong-status");
  });

  it("the deputy card shows the contact only with consent, plus photos and the location pin", () => {
    const secret = { contact: { name: "王", phone: "13800000000" }, residentName: "王" };
    const hidden = deputyCard(makeItem({ ...secret, contactConsent: false, photos: ["PHOTO1", "PHOTO2"], location: { latitude: 30.9, longitude: 108.7 } }), dir, "en");
    expect(JSON.stringify(hidden)).not.toContain("13800000000");
    expect(hidden.map((r) => r.key)).toEqual(["deputy-card", "card-photo", "card-photo"]);
    expect(hidden[0]!.location).toEqual({ latitude: 30.9, longitude: 108.7 });
    expect(hidden.slice(1).map((r) => r.photo)).toEqual(["PHOTO1", "PHOTO2"]);
    const shown = deputyCard(makeItem({ ...secret, contactConsent: true }), dir, "en");
    expect(shown[0]!.args?.contact).toBe("王, 13800000000");
  });

  it("/route keeps the router's decision and records who, when and why; a forwarded item comes back to the queue", () => {
    const item = makeItem();
    const r = reroute(item, staffCtx, "room-renhe", "market is in Renhe", []);
    const after = r.writes[0]!.item as Item;
    expect(after.target).toBe("room-renhe");
    expect(after.route.target).toBe("deputy-fengming");
    expect(after.overrides).toEqual([{ at: NOW, by: staffCtx.by, from: "deputy-fengming", to: "room-renhe", reason: "market is in Renhe" }]);
    expect(after.history.at(-1)).toMatchObject({ action: "rerouted", data: { from: "deputy-fengming", to: "room-renhe" } });
    expect(refusal(() => reroute(item, staffCtx, "nowhere", "", []))).toBe("staff-unknown-target");
    expect(refusal(() => reroute(item, staffCtx, "deputy-fengming", "", []))).toBe("staff-same-target");
    const f = forwarded();
    const back = reroute(f, staffCtx, "room-renhe", "", deputies);
    expect((back.writes[0]!.item as Item).status).toBe("new");
    expect(back.writes[0]).toMatchObject({ queueScore: queueScore(f) });
    expect(back.notices.map((n) => n.reply.key)).toEqual(["deputy-item-withdrawn", "deputy-item-withdrawn"]);
  });

  it("/reject and /close tell the resident; /merge makes the resident a follower of the survivor", () => {
    const item = makeItem({ id: "MAAAAA", residentId: 1, residentChatId: 11, locale: "zh-TW" });
    expect(reject(item, staffCtx, "not ours", []).notices[0]).toMatchObject({ bot: "resident", chatId: 11, locale: "zh-TW", reply: { key: "notice-rejected", args: { reason: "not ours" } } });
    const into = makeItem({ id: "MCCCCC", residentId: 2, residentChatId: 22, followers: [{ residentId: 3, chatId: 33, locale: "en", from: "MDDDDD" }] });
    const m = merge(item, into, staffCtx, []);
    const [gone, survivor] = m.writes.map((w) => w.item as Item);
    expect(gone!.status).toBe("merged");
    expect(gone!.mergedInto).toBe("MCCCCC");
    // The merged item's words become the new follower's supporting note; no contact without consent.
    expect(survivor!.followers).toEqual([{ residentId: 3, chatId: 33, locale: "en", from: "MDDDDD" }, { residentId: 1, chatId: 11, locale: "zh-TW", from: "MAAAAA", at: NOW, note: item.text }]);
    expect(supportOf(survivor!)).toBe(3);
    // Support orders the queue: the survivor, still waiting, moves up.
    expect(m.writes[1]).toMatchObject({ expectedRev: into.rev, before: into, queueScore: queueScore(survivor!), indexForResidents: [1] });
    expect(queueScore(survivor!)).toBeLessThan(queueScore(into));
    expect(m.replies[0]).toMatchObject({ key: "staff-merged", args: { support: 3 } });
    expect(m.notices).toEqual([expect.objectContaining({ chatId: 11, reply: expect.objectContaining({ key: "notice-merged", args: expect.objectContaining({ into: "MCCCCC" }) }) })]);
    // The same resident merging twice is not added twice; a finished survivor is refused.
    expect((merge(makeItem({ residentId: 2, residentChatId: 22 }), into, staffCtx, []).writes[1]!.item as Item).followers).toHaveLength(1);
    expect(refusal(() => merge(item, { ...into, status: "closed" }, staffCtx, []))).toBe("staff-merge-target-closed");
    const closed = close(survivor!, staffCtx, "done", []);
    expect(closed.notices.map((n) => n.chatId)).toEqual([22, 33, 11]);
  });

  it("merging hundreds of duplicates into one item keeps it readable; past the follower limit the merge is refused, not stored", () => {
    let into = makeItem({ id: "MHHHHH", residentId: 1, residentChatId: 1 });
    for (let i = 0; i < 202; i++) {
      const dup = makeItem({ id: `MX${String(i).padStart(4, "0")}`.replace(/[0125689]/g, "7"), residentId: 10_000 + i, residentChatId: 10_000 + i });
      into = merge(dup, into, staffCtx, []).writes[1]!.item as Item;
    }
    expect(parseItem(into)).not.toBeNull();
    expect(parseItem(into)!.followers).toHaveLength(202);
    const full = { ...into, followers: Array.from({ length: FOLLOWERS_MAX }, (_, i) => ({ residentId: 50_000 + i, chatId: 50_000 + i, locale: "en" as const, from: "MAAAAA" })) };
    expect(parseItem(full)).not.toBeNull();
    expect(refusal(() => merge(makeItem({ residentId: 99, residentChatId: 99 }), full, staffCtx, []))).toBe("staff-merge-full");
  });

  it("/reply reaches only the item's own resident, and refuses after /forget", () => {
    const item = makeItem({ residentChatId: 5, followers: [{ residentId: 9, chatId: 99, locale: "en", from: "X" }] });
    const r = staffReply(item, staffCtx, "hello");
    expect(r.notices.map((n) => n.chatId)).toEqual([5]);
    expect((r.writes[0]!.item as Item).thread.at(-1)).toMatchObject({ from: "staff", kind: "message", text: "hello", byId: 900003 });
    expect(refusal(() => staffReply(makeItem({ residentChatId: null }), staffCtx, "hi"))).toBe("staff-resident-unreachable");
  });

  it("deputy: accept, ask (reply button i:q), answer (rating buttons i:r and i:o), return to triage", () => {
    const f = forwarded({ id: "DAAAAA", residentChatId: 44 });
    const a = accept(f, deputyCtx);
    const accepted = a.writes[0]!.item as Item;
    expect(accepted.status).toBe("accepted");
    expect(a.notices[0]).toMatchObject({ bot: "resident", chatId: 44, reply: { key: "notice-accepted" } });
    expect(refusal(() => accept(accepted, deputyCtx))).toBe("staff-wrong-status");

    const q = ask(accepted, deputyCtx, "Which stop?");
    expect(q.notices[0]!.reply.buttons).toEqual([[{ key: "notice-button-reply", action: packResidentButton({ kind: "reply", code: "DAAAAA" }) }]]);
    expect((q.writes[0]!.item as Item).status).toBe("accepted");

    const n = answer(f, deputyCtx, "Fixed next week.");
    const answered = n.writes[0]!.item as Item;
    expect(answered.status).toBe("answered");
    expect(answered.answer).toBe("Fixed next week.");
    expect(answered.history.slice(-2).map((h) => h.to)).toEqual(["accepted", "answered"]);
    // Bound to the answered stage: a rating button left over after a reopen and a new answer is stale.
    const stage = stageOf(answered);
    expect(n.notices[0]!.reply.buttons?.flat().map((b) => unpackResidentButton(b.action))).toEqual([
      ...[1, 2, 3, 4, 5].map((stars) => ({ kind: "rate", code: "DAAAAA", stars, stage })),
      { kind: "reopen", code: "DAAAAA", stage },
    ]);
    expect(refusal(() => answer(answered, deputyCtx, "again"))).toBe("staff-wrong-status");

    const t = returnToTriage(accepted, deputyCtx, "不属于本辖区，应由盘龙街道办理", [{ userId: 900003, chatId: 900003, locale: "en" }]);
    expect((t.writes[0]!.item as Item).status).toBe("new");
    expect((t.writes[0]!.item as Item).history.at(-1)).toMatchObject({ action: "returned", note: "不属于本辖区，应由盘龙街道办理" });
    expect(t.writes[0]).toMatchObject({ queueScore: queueScore(accepted) });
    expect(t.notices).toEqual([expect.objectContaining({ bot: "staff", chatId: 900003, reply: expect.objectContaining({ key: "staff-item-returned", args: expect.objectContaining({ reason: "不属于本辖区，应由盘龙街道办理" }) }) })]);
  });

  it("the answer reaches every follower, each with rating buttons of their own", () => {
    const f = forwarded({ residentChatId: 1, followers: [{ residentId: 2, chatId: 2, locale: "en", from: "X" }] });
    const n = answer(f, deputyCtx, "ok");
    expect(n.notices.map((x) => [x.chatId, x.locale, !!x.reply.buttons])).toEqual([[1, "zh-CN", true], [2, "en", true]]);
  });

  it("a merged resident who shared their contact brings it to the survivor; one who did not stays anonymous", () => {
    const shared = makeItem({ id: "MAAAAA", residentId: 1, residentChatId: 11, contactConsent: true, residentName: "Wang", contact: { phone: "+8613800000001" } });
    const into = makeItem({ id: "MCCCCC", residentId: 2, residentChatId: 22 });
    const survivor = merge(shared, into, staffCtx, []).writes[1]!.item as Item;
    expect(survivor.followers?.[0]).toMatchObject({ contactConsent: true, name: "Wang", phone: "+8613800000001" });
    const anon = merge({ ...shared, contactConsent: false }, into, staffCtx, []).writes[1]!.item as Item;
    expect(anon.followers?.[0]).not.toHaveProperty("phone");
    expect(anon.followers?.[0]).not.toHaveProperty("name");
  });

  it("/next picks the first waiting item nobody else holds, and a claim lapses", () => {
    const a = makeItem({ claimedBy: 1, claimedUntil: NOW + 1000 });
    const b = makeItem();
    expect(pickNext([a, b], 2, NOW)).toBe(b);
    expect(pickNext([a, b], 1, NOW)).toBe(a);
    expect(pickNext([a, b], 2, NOW + 2000)).toBe(a);
    const c = claim(b, staffCtx, 60);
    expect(c.writes[0]!.item).toMatchObject({ claimedBy: 900003, claimedUntil: NOW + 3_600_000 });
  });
});
