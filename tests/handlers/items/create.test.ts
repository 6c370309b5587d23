import { describe, expect, it } from "vitest";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { buildExternalItem, type ExternalSubmission } from "../../../handlers/items/create.js";
import { parseItem, queueScore } from "../../../handlers/items/model.js";
import { createRouter } from "../../../handlers/routing/router.js";

const directory = loadDefaultDirectory();
const router = createRouter(directory);
const NOW = 1_790_000_000_000;
const build = (sub: Partial<ExternalSubmission> & Pick<ExternalSubmission, "description" | "category">) =>
  buildExternalItem({ source: "open311", locale: "zh-CN", ...sub }, { id: "OPNAAA", now: NOW, directory, router });

describe("buildExternalItem", () => {
  it.each([
    ["place from the address, by-place rule", { description: "老街的路面坑坑洼洼", category: "roads-transport", address: "凤鸣镇老街12号" }, { place: "fengming", target: "deputy-fengming", confidence: 0.8, placeBy: "address" }],
    ["the address wins over a place in the description", { description: "我从黄石镇来，这边路灯不亮", category: "public-facilities", address: "双江街道滨江路" }, { place: "shuangjiang", target: "room-shuangjiang", confidence: 0.8, placeBy: "address" }],
    ["place from the description when the address names none", { description: "青龙街道的垃圾没人清运", category: "environment", address: "3号楼" }, { place: "qinglong", target: "room-qinglong", confidence: 0.8, placeBy: "description" }],
    ["a topic rule needs no place", { description: "医保报销太慢", category: "health" }, { place: "unknown", target: "member-medical", confidence: 1, placeBy: null }],
    ["a sub-area in the address fires its rule", { description: "商铺办证太慢", category: "business-jobs", address: "北部新区" }, { place: "qinglong", target: "member-north-commerce", confidence: 1, placeBy: "address" }],
    ["no place, local topic: no target, staff decide", { description: "路面坑坑洼洼", category: "roads-transport" }, { place: "unknown", target: null, confidence: 0, placeBy: null }],
  ])("%s", (_name, sub, expected) => {
    const { item, write } = build(sub);
    expect(parseItem(item)).not.toBeNull();
    expect({ place: item.place, target: item.target, confidence: item.route.confidence, placeBy: item.history[0]!.data!.placeBy }).toEqual(expected);
    expect(item.route).toMatchObject({ category: sub.category, place: expected.place, target: expected.target, source: "rules" });
    expect(item.category).toBe(sub.category);
    expect(write).toEqual({ kind: "create", item, queueScore: queueScore(item) });
  });

  it("is a new, first-class item with the api actor, no resident ids, and the address in its text", () => {
    const { item } = build({ description: "路灯坏了", category: "public-facilities", address: "人和街道", location: { latitude: 30.95, longitude: 108.7 } });
    expect(item).toMatchObject({ id: "OPNAAA", rev: 1, status: "new", source: "open311", residentId: null, residentChatId: null, createdAt: NOW, updatedAt: NOW, location: { latitude: 30.95, longitude: 108.7 } });
    expect(item.text).toBe("路灯坏了\n📍 人和街道");
    expect(item.summary).toBe("路灯坏了");
    expect(item.history).toEqual([expect.objectContaining({ at: NOW, by: { role: "api", name: "open311" }, action: "submitted", to: "new" })]);
    expect(item.contact).toBeNull();
    expect(item.contactConsent).toBe(false);
  });

  it("stores volunteered contact with consent", () => {
    const { item } = build({ description: "路灯坏了", category: "public-facilities", contact: { name: "王芳", phone: " 13800001111 ", email: "" } });
    expect(item).toMatchObject({ residentName: "王芳", contact: { name: "王芳", phone: "13800001111" }, contactConsent: true });
  });

  it("puts urgent matters at the front of the queue", () => {
    const { item, write } = build({ description: "山体滑坡了，路边有裂缝", category: "public-safety", address: "巴阳镇" });
    expect(item.urgent).toBe(true);
    expect(item.target).toBe("deputy-bayang");
    expect(write.kind === "create" && write.queueScore).toBeLessThan(NOW - 300 * 24 * 3600_000);
  });
});
