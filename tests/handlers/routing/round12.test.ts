/**
 * The mechanisms of routing round 12 (issue #13), each checked on wordings
 * that are in no case file: lone characters that need their topic's context
 * (药 among crop words), the property company and an earlier event as who
 * and when rather than what; compliments composed of a degree and a praise
 * word, deeds said done, done words before or after the solved word, thanks
 * for a solved matter, feelings and wishes; a withheld public benefit; words
 * that only say the countryside.
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

describe("round 12: what the matter is", () => {
  it("lets a lone character (药) yield to a topic with words of its own, and keeps it alone", () => {
    expect(route("橘子树生了虫，买的药一点用都没有")).toMatchObject({ category: "agriculture", target: "member-agriculture" });
    expect(route("感冒了去买药太贵")).toMatchObject({ category: "health", target: "member-medical" });
  });

  it("reads the property company as who should act and an earlier event (改造后, 修路以后) as when", () => {
    expect(route("盘龙街道小区的路灯坏了，物业公司不管")).toEqual({ category: "public-facilities", place: "panlong", target: "room-panlong" });
    expect(route("人和街道修路以后，下水道老是堵")).toEqual({ category: "utilities", place: "renhe", target: "room-renhe" });
    // Alone, each is still its own topic.
    expect(router.route("盘龙街道的物业费太贵").category).toBe("housing-community");
    expect(router.route("巴阳镇的村小撤并以后，孩子上学太远了").category).toBe("education");
  });

  it("gives no topic for a word that only says the countryside (村里, village): other, and no target without a place", () => {
    expect(route("我们村里的事情一直没人管，希望领导来看看")).toEqual({ category: "other", place: "unknown", target: null });
    expect(route("Our village needs somewhere to show films and hold events")).toEqual({ category: "other", place: "unknown", target: null });
    // With a farming word of its own it is agriculture.
    expect(router.route("村里的稻田没水灌溉了").category).toBe("agriculture");
  });

  it("reads a withheld subsidy or pension as its sector's matter, a withheld wage as a dispute", () => {
    expect(route("清水乡的退耕还林补助两年没发了")).toEqual({ category: "agriculture", place: "qingshui", target: "member-agriculture" });
    expect(route("My grandmother's pension has not been paid for three months")).toMatchObject({ category: "elderly-welfare", target: "studio-binbin" });
    expect(router.route("My boss has not paid me for three months").category).toBe("disputes");
  });
});

describe("round 12: not suggestions", () => {
  it("reads a degree and a praise word (非常细心, 干净多了, 办得好, so kind) as a compliment, unless undone", () => {
    expect(route("人和街道卫生院的护士非常细心")).toEqual(none("renhe"));
    expect(route("盘龙街道的新公厕干净多了")).toEqual(none("panlong"));
    expect(route("凤鸣镇的老年食堂办得好，我妈天天去吃")).toEqual(none("fengming"));
    expect(route("The nurses in Bayang are very kind")).toEqual(none("bayang"));
    expect(route("青龙街道的公厕不太干净")).toMatchObject({ category: "public-facilities", target: "room-qinglong" });
    expect(router.route("The nurses in Bayang are not very kind").category).toBe("health");
    // 太 is "too" unless a word of its own closes with 了 (太舒服了).
    expect(router.route("我们村的路灯太亮了，晚上睡不着").category).toBe("public-facilities");
  });

  it("reads a deed said done (帮我把证明办好了) and a done word before or after (昨天就修好了, fixed last Tuesday) as solved, unless a contrast follows", () => {
    expect(route("议事厅的同志很热情，帮我把证明办好了")).toEqual(none("unknown"));
    expect(route("黄石镇的水管昨天就修好了，谢谢")).toEqual(none("huangshi"));
    expect(route("Our street light in Panlong got fixed last Tuesday, cheers")).toEqual(none("panlong"));
    expect(route("巴阳镇的路修完了，但是路灯还没装")).toMatchObject({ category: "public-facilities", target: "deputy-bayang" });
  });

  it("reads a request inside the solved matter (反映的问题昨天解决了), or thanked for with it solved, as asking nothing", () => {
    expect(route("巴阳镇反映的问题昨天解决了，谢谢")).toEqual(none("bayang"));
    expect(route("谢谢黄石镇代表之家帮忙，村里的水管上个月就修好了")).toEqual(none("huangshi"));
    // Thanks in advance for a help asked for is a request.
    expect(router.route("谢谢帮忙看看我们村的路灯，一直不亮").isSuggestion).toBe(true);
  });

  it("reads feelings (心情很烦), wishes (新年快乐, a good weekend) and 不用麻烦 as no matter", () => {
    expect(route("最近心情很烦，想找人聊聊")).toEqual(none("unknown"));
    expect(route("希望大家新年快乐，万事顺利")).toEqual(none("unknown"));
    expect(route("Hope you all have a good weekend")).toEqual(none("unknown"));
    expect(route("双江街道的下水道已经通了，不用麻烦你们了")).toEqual(none("shuangjiang"));
    // A feeling beside a matter leaves the matter.
    expect(router.route("心情很郁闷，路灯坏了一个月都没人修").category).toBe("public-facilities");
  });
});
