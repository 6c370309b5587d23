import { describe, expect, it } from "vitest";
import { eraseResidentFromItem } from "../../../handlers/privacy/erase.js";
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
