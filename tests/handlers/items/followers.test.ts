import { describe, expect, it } from "vitest";
import { aggregateFacts, factsSignature, statsFromAggregates } from "../../../handlers/items/aggregates.js";
import { csvHeader, csvRow } from "../../../handlers/items/csv.js";
import { backs, followerContact, followersWrite, follows, joinItem, leaveItem } from "../../../handlers/items/followers.js";
import { FOLLOWERS_MAX, queueScore, supportOf, type Follower } from "../../../handlers/items/model.js";
import { itemStats } from "../../../handlers/items/stats.js";
import { eraseResidentFromItem } from "../../../handlers/privacy/erase.js";
import { itemJson, itemSummaryJson } from "../../../api/present.js";
import { makeItem } from "../../support/items.js";

const NOW = 1_770_000_000_000;
const B: Follower = { residentId: 602, chatId: 602, locale: "zh-TW", at: NOW, note: "鳳鳴鎮老街路燈不亮了", contactConsent: true, name: "陳", phone: "+886900000002" };

describe("followers: joining and leaving an item", () => {
  const item = makeItem({ id: "AAAAAA", residentId: 501, residentChatId: 501 });

  it("joining adds a follower with their note: support 2, a 'joined' line, the raiser unchanged", () => {
    const joined = joinItem(item, B, NOW);
    if (typeof joined === "string") throw new Error(joined);
    expect(supportOf(item)).toBe(1);
    expect(supportOf(joined)).toBe(2);
    expect(joined.rev).toBe(item.rev + 1);
    expect(joined.residentId).toBe(501);
    expect(joined.followers).toEqual([B]);
    expect(joined.history.at(-1)).toMatchObject({ action: "joined", by: { role: "resident", id: 602 }, data: { support: 2 } });
    expect(backs(joined, 602) && follows(joined, 602) && backs(joined, 501) && !follows(joined, 501)).toBe(true);
  });

  it("the raiser, a follower again, a closed or merged item or a full one cannot be joined", () => {
    expect(joinItem(item, { ...B, residentId: 501 }, NOW)).toBe("already");
    const joined = joinItem(item, B, NOW) as typeof item;
    expect(joinItem(joined, B, NOW)).toBe("already");
    expect(joinItem({ ...item, status: "closed" }, B, NOW)).toBe("closed");
    expect(joinItem({ ...item, mergedInto: "CCCCCC" }, B, NOW)).toBe("closed");
    const full = { ...item, followers: Array.from({ length: FOLLOWERS_MAX }, (_, i) => ({ ...B, residentId: 10_000 + i })) };
    expect(joinItem(full, B, NOW)).toBe("full");
  });

  it("leaving takes the follower out (support − 1); the raiser cannot leave their own item", () => {
    const joined = joinItem(item, B, NOW) as typeof item;
    const left = leaveItem(joined, 602, NOW + 1)!;
    expect(supportOf(left)).toBe(1);
    expect(left.followers).toEqual([]);
    expect(left.history.at(-1)).toMatchObject({ action: "unfollowed", data: { support: 1 } });
    expect(leaveItem(joined, 501, NOW)).toBeNull();
    expect(leaveItem(item, 602, NOW)).toBeNull();
  });

  it("the write carries `before` and, while the item waits for triage, its new queue score", () => {
    const joined = joinItem(item, B, NOW) as typeof item;
    expect(followersWrite(item, joined)).toEqual({ kind: "update", item: joined, expectedRev: item.rev, before: item, queueScore: queueScore(joined) });
    const fwd = { ...item, status: "forwarded" as const };
    expect(followersWrite(fwd, { ...joined, status: "forwarded" })).not.toHaveProperty("queueScore");
  });

  it("/forget of a follower removes them and their note from the item", () => {
    const joined = joinItem(item, B, NOW) as typeof item;
    const erased = eraseResidentFromItem(joined, { residentId: 602, chatId: 602, names: ["陳"], phones: [B.phone!] }, NOW + 1);
    expect(erased.followers).toEqual([]);
    expect(JSON.stringify(erased)).not.toContain(B.phone);
    expect(JSON.stringify(erased)).not.toContain(B.note);
  });

  it("a follower's contact shows only with their consent", () => {
    expect(followerContact(B)).toBe("陳, +886900000002");
    // Inside Chinese text a list is joined with a full-width comma, never an ASCII one.
    expect(followerContact(B, "zh-TW")).toBe("陳，+886900000002");
    expect(followerContact({ ...B, contactConsent: false })).toBe("none");
  });
});

describe("support orders the queue: urgent first, then by support, then oldest", () => {
  it("sorts a mixed queue", () => {
    const f = (n: number) => Array.from({ length: n }, (_, i) => ({ ...B, residentId: 700 + i }));
    const items = [
      makeItem({ id: "OLD1AA", createdAt: NOW - 10_000 }),
      makeItem({ id: "NEW2AA", createdAt: NOW, followers: f(2) }),
      makeItem({ id: "MID1AA", createdAt: NOW - 5_000, followers: f(1) }),
      makeItem({ id: "URG0AA", createdAt: NOW, urgent: true }),
      makeItem({ id: "URG3AA", createdAt: NOW + 1, urgent: true, followers: f(3) }),
      makeItem({ id: "NEW1AA", createdAt: NOW - 1, followers: f(1) }),
    ];
    const order = [...items].sort((a, b) => queueScore(a) - queueScore(b)).map((i) => i.id);
    expect(order).toEqual(["URG3AA", "URG0AA", "NEW2AA", "MID1AA", "NEW1AA", "OLD1AA"]);
  });

  it("scores stay exact integers at the follower limit", () => {
    const item = makeItem({ urgent: true, followers: Array.from({ length: FOLLOWERS_MAX }, (_, i) => ({ ...B, residentId: i })) });
    expect(Number.isSafeInteger(queueScore(item))).toBe(true);
  });
});

describe("support in the item JSON, the CSV and the statistics", () => {
  const item = makeItem({ id: "AAAAAA", target: "deputy-fengming", followers: [B, { ...B, residentId: 603, chatId: 603, contactConsent: false, name: undefined, phone: undefined }] });

  it("item JSON carries `support`; the detail lists supporters' notes, their contact only with consent, never their ids", () => {
    expect(itemSummaryJson(item).support).toBe(3);
    const detail = itemJson(item);
    expect(detail.supporters).toEqual([
      { at: new Date(NOW).toISOString(), note: B.note, contact: { name: "陳", phone: B.phone }, rating: null },
      { at: new Date(NOW).toISOString(), note: B.note, contact: null, rating: null },
    ]);
    expect(JSON.stringify(detail)).not.toContain("602");
  });

  it("the CSV's last column is the support", () => {
    expect(csvHeader().trim().split(",").at(-1)).toBe("support");
    expect(csvRow(item).trim().split(",").at(-1)).toBe("3");
  });

  it("supporters per target: raisers plus followers, the same from the aggregates as from the items", () => {
    const other = makeItem({ target: "room-shuangjiang" });
    expect(itemStats([item, other]).supportByTarget).toEqual({ "deputy-fengming": 3, "room-shuangjiang": 1 });
    // The aggregates' own encoding, summed as the store sums them.
    const fields: Record<string, number> = {};
    for (const i of [item, other]) {
      const f = aggregateFacts(i);
      fields[`${f.status}:n`] = (fields[`${f.status}:n`] ?? 0) + 1;
      fields[`${f.status}:t:${f.target}`] = (fields[`${f.status}:t:${f.target}`] ?? 0) + 1;
      if (f.followers) fields[`${f.status}:x:${f.target}`] = f.followers;
    }
    expect(statsFromAggregates([fields], {}).supportByTarget).toEqual({ "deputy-fengming": 3, "room-shuangjiang": 1 });
  });

  it("an item without followers keeps the aggregate signature it had before followers were counted", () => {
    const plain = makeItem({});
    expect(JSON.parse(factsSignature(aggregateFacts(plain)))).toHaveLength(7);
    expect(JSON.parse(factsSignature(aggregateFacts(item)))).toHaveLength(8);
  });
});
