import { describe, expect, it } from "vitest";
import { eraseResidentFromItem, eraseResidentFromTopic } from "../../../handlers/privacy/erase.js";
import { TopicSchema } from "../../../handlers/topics/model.js";
import { rsvpCounts } from "../../../handlers/topics/pack.js";
import { makeItem } from "../../support/items.js";

const who = { residentId: 42, chatId: 42, names: ["王芳", "赵"], phones: ["13800001111"] };

describe("erasing a resident from an item", () => {
  it("an owned item keeps the matter but not the person: ids, contact, known names and phones, self-introductions", () => {
    const item = makeItem({
      residentId: 42, residentChatId: 42, residentName: "王芳", contact: { name: "王芳", phone: "13800001111" }, contactConsent: true,
      text: "我叫王芳，赵家坝的路坏了，电话 138-0000-1111",
      thread: [{ at: 1, from: "resident", kind: "reply", text: "我是王芳", byId: 42 }, { at: 2, from: "deputy", kind: "answer", text: "王芳您好，已修", byId: 7 }],
      history: [{ at: 0, by: { role: "resident", id: 42 }, action: "submitted", to: "new" }, { at: 1, by: { role: "deputy", id: 7, name: "李代表" }, action: "answered" }],
    });
    const after = eraseResidentFromItem(item, who, 99);
    expect(after).toMatchObject({ residentId: null, residentChatId: null, residentName: null, contact: null, contactConsent: false, rev: item.rev + 1 });
    // A one-character name is not masked everywhere: 赵家坝 is a place.
    expect(after.text).toBe("我叫***，赵家坝的路坏了，电话 ***");
    expect(after.thread.map((t) => t.text)).toEqual(["我是***", "***您好，已修"]);
    expect(after.thread[0]).not.toHaveProperty("byId");
    expect(after.thread[1]!.byId).toBe(7);
    expect(after.history[0]!.by).toEqual({ role: "resident" });
    expect(after.history[1]!.by).toEqual({ role: "deputy", id: 7, name: "李代表" });
    expect(after.history.at(-1)).toMatchObject({ action: "anonymised", by: { role: "resident" } });
    expect(JSON.stringify(after)).not.toMatch(/王芳|13800001111|"id":42|Id":42/);
  });

  it("a followed item only loses the follower; the owner's data stays", () => {
    const item = makeItem({ residentId: 7, residentChatId: 7, residentName: "李四", followers: [{ residentId: 42, chatId: 42, locale: "zh-CN", from: "AAAAAA" }, { residentId: 8, chatId: 8, locale: "en", from: "CCCCCC" }] });
    const after = eraseResidentFromItem(item, who, 99);
    expect(after.residentId).toBe(7);
    expect(after.residentName).toBe("李四");
    expect(after.followers?.map((f) => f.residentId)).toEqual([8]);
    expect(after.history.at(-1)).toMatchObject({ action: "follower-removed" });
  });
});

describe("erasing a resident from a consultation topic", () => {
  const topic = TopicSchema.parse({
    id: "TK7M3Q", rev: 3, target: "deputy-fengming", title: "老街路灯", items: ["K7M3QX"], createdAt: 0, updatedAt: 0,
    rsvps: [{ chat: 42, at: 1, answer: "written" }, { chat: 7, at: 2, answer: "attend" }],
    views: [{ at: 1, text: "我是王芳，电话 13800001111，希望装太阳能灯" }],
    evaluations: [{ chat: 42, at: 3, verdict: "partly", score: 3 }, { chat: 7, at: 4, verdict: "done", score: 5 }],
  });

  it("keeps their answers counted but nobody's, and their name and phone out of the views", () => {
    const after = eraseResidentFromTopic(topic, who, 99)!;
    expect(after.rsvps).toEqual([{ chat: null, at: 1, answer: "written" }, { chat: 7, at: 2, answer: "attend" }]);
    expect(after.evaluations).toEqual([{ chat: null, at: 3, verdict: "partly", score: 3 }, { chat: 7, at: 4, verdict: "done", score: 5 }]);
    expect(rsvpCounts(after, 2)).toEqual(rsvpCounts(topic, 2));
    expect(after.views[0]!.text).not.toMatch(/王芳|13800001111/);
    expect(after.views[0]!.text).toContain("希望装太阳能灯");
    expect(after).toMatchObject({ rev: 4, updatedAt: 99 });
    expect(TopicSchema.parse(after)).toEqual(after);
    // Nothing of theirs left: nothing to write.
    expect(eraseResidentFromTopic(after, who, 100)).toBeNull();
  });
});
