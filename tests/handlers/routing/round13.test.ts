/**
 * The mechanisms of routing round 13 (issue #13), each checked on wordings
 * that are in no case file: a greeting or small talk with topic words but no
 * problem, request or dispute is no matter; a request verb qualified by a
 * praise after 得 and a degree word is a deed done well; a kinsman's surname
 * and name are a person; an English topic word after "on the", "outside the"
 * only says where; a word of two letters takes no plural ("hi" is not "his").
 */
import { describe, expect, it } from "vitest";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { createRouter } from "../../../handlers/routing/router.js";

const router = createRouter(loadDefaultDirectory());
const route = (t: string) => {
  const d = router.route(t);
  return { category: d.category, place: d.place, target: d.target };
};
const none = (place: string) => ({ category: null, place, target: null });

describe("round 13: fewer invented targets", () => {
  it("gives no target to a greeting or small talk that names a place and a topic word but no problem", () => {
    expect(route("大家好，周末带孩子去凤鸣镇的公园玩了一圈")).toEqual(none("fengming"));
    expect(route("Good morning, took the bus to Panlong today")).toEqual(none("panlong"));
    // A greeting before a problem still routes.
    expect(route("你好，凤鸣镇的公园路灯坏了")).toEqual({ category: "public-facilities", place: "fengming", target: "deputy-fengming" });
    expect(route("Hello, the bus to Panlong is always late")).toEqual({ category: "roads-transport", place: "panlong", target: "room-panlong" });
  });

  it("reads a request verb that a praise with a degree word qualifies (办得真好) as a deed done well", () => {
    expect(route("青龙街道的幼儿园办得真好，孩子很喜欢")).toEqual(none("qinglong"));
    expect(route("青龙街道的幼儿园能不能多办一个班")).toEqual({ category: "education", place: "qinglong", target: "studio-zhenxinxuan" });
  });

  it("reads a kinsman's surname and name as a person, not a place", () => {
    expect(route("我堂哥李黄石家门口的路灯一直不亮")).toEqual({ category: "public-facilities", place: "unknown", target: null });
    expect(route("我堂哥住在黄石镇，门口的路灯一直不亮")).toEqual({ category: "public-facilities", place: "huangshi", target: "deputy-huangshi" });
  });

  it("reads an English topic word after 'on the' or 'outside the' as where the matter is", () => {
    expect(route("People in Renhe throw rubbish on the walkway every day")).toMatchObject({ category: "environment", place: "renhe" });
    expect(route("The walkway in Renhe is broken")).toMatchObject({ category: "public-facilities", place: "renhe" });
  });

  it("does not read 'his' as the greeting 'hi'", () => {
    expect(route("My neighbour says the toilets at his work in Qinglong are filthy")).toMatchObject({ category: "public-facilities" });
  });
});
