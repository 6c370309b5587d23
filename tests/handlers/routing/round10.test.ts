/**
 * The mechanisms of routing round 10 (issue #13), each checked on wordings
 * that are in no case file: the subject of a residence cue, shops counted by
 * 家/间, county institutions, neutral idioms that look like "two places",
 * claims and broken promises as dispute cues, requests said not to be needed,
 * wishes that ask nothing, and the vocabulary added in data/directory.json.
 */
import { describe, expect, it } from "vitest";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { createRouter } from "../../../handlers/routing/router.js";

const router = createRouter(loadDefaultDirectory());
const route = (t: string) => {
  const d = router.route(t);
  return { category: d.category, place: d.place, target: d.target };
};

describe("round 10: where the matter is", () => {
  it("reads a home cue whose subject is family as the family home (我奶奶现在一个人住在…)", () => {
    expect(route("我奶奶现在一个人住在巴阳镇，我住凤鸣镇，她那边的自来水总停")).toEqual({ category: "utilities", place: "bayang", target: "deputy-bayang" });
    expect(route("我爸妈一直住在清水乡，我在盘龙街道工作，清水乡他们村口那座桥的栏杆松了")).toMatchObject({ place: "qingshui", target: "deputy-qingshui" });
  });

  it("does not read 三天两头 (often) as a matter between two places", () => {
    const d = router.route("我奶奶现在一个人住在巴阳镇，我住凤鸣镇，她那边的自来水三天两头停");
    expect(d.place).toBe("bayang");
    expect(d.placeCandidates).toBeUndefined();
  });

  it("treats what the resident does at a place, said after its name, as a role (做生意, 摆摊, 开出租)", () => {
    expect(route("我是黄石镇的，但是每天在双江街道摆摊，双江那条街的下水道堵了好久")).toEqual({ category: "utilities", place: "shuangjiang", target: "room-shuangjiang" });
    expect(router.route("我住凤鸣镇，在人和街道做生意，凤鸣镇的路灯坏了").category).toBe("public-facilities");
  });

  it("reads English origins (commute from, moved from) as the resident's, not the matter's", () => {
    expect(route("I moved from Bayang to Qinglong, and Qinglong has no night buses at all")).toEqual({ category: "roads-transport", place: "qinglong", target: "room-qinglong" });
    expect(route("My grandma lives alone in Huangshi and I live in Renhe; the road to her village in Huangshi washed out")).toMatchObject({ place: "huangshi" });
  });

  it("reads 县 before a county institution (县医院, 县政府, 县一中) as county-wide, but not inside another county's name", () => {
    expect(route("去县政府办事的停车场太小了，根本停不下")).toEqual({ category: "roads-transport", place: "county", target: "member-comprehensive" });
    expect(router.route("我们县医院的药太贵了").place).toBe("county");
    // 医院 still tells the topic: only 县 is the mention.
    expect(router.route("县医院太远了，看个病要坐两个小时车").category).toBe("health");
    expect(router.route("甘肃清水县医院很好，我们这边看病难").place).toBe("unknown");
  });
});

describe("round 10: names that are not places", () => {
  it("takes a short place name counted by 家/间 and followed by more of a name as a shop, and its shop word as no topic", () => {
    expect(route("对面开了一家人和药房，门口的台阶把盲道全占了")).toEqual({ category: "public-facilities", place: "unknown", target: null });
    expect(route("街口那间盘龙面馆天天把泔水倒在路边，臭得很")).toEqual({ category: "environment", place: "unknown", target: null });
  });

  it("still reads the place when the classifier is followed by a place word (那家双江的店)", () => {
    expect(router.route("那家双江的店门口的路灯坏了").place).toBe("shuangjiang");
    expect(router.route("这家青龙街道的超市门口垃圾堆成山").place).toBe("qinglong");
  });

  it("refuses a teacher's name after a surname and 叫", () => {
    expect(route("我们数学老师叫张双江，他上课老是拖堂")).toEqual({ category: "education", place: "unknown", target: "studio-zhenxinxuan" });
  });
});

describe("round 10: disputes over sector words", () => {
  it("takes a claim that names its own stake as a dispute (欠我, owes me, 不给结账)", () => {
    for (const t of ["卖给超市的菜，超市说质量不行不给结账", "The orchard owner in Bayang owes us for a month of picking", "养鸡场老板欠了我们三万块饲料钱"]) {
      expect(router.route(t).category, t).toBe("disputes");
    }
  });

  it("takes a promise followed by a negative in its sentence as an act (说好…没, promised…nothing)", () => {
    expect(router.route("答应给我们的拆迁补偿款到现在一分都没有到").category).toBe("disputes");
    expect(router.route("We were promised compensation for the farmland taken for the new road, but nothing came").category).toBe("disputes");
    expect(router.route("承包的果园合同签了五年，老板第二年就不给承包费了").category).toBe("disputes");
    // A promise kept, or a promise with no stake, is no dispute.
    expect(router.route("说好的路灯到现在还没装").category).toBe("public-facilities");
  });

  it("takes a neighbour quarrel and a landlord's eviction as disputes", () => {
    expect(router.route("跟隔壁为了宅基地的界线吵了好几年，村里调解也没用").category).toBe("disputes");
    expect(route("My landlord in Panlong wants to double the rent and kick us out")).toEqual({ category: "disputes", place: "panlong", target: "mediation-lawyers" });
  });

  it("keeps high shop rents with no counterparty as business (店面租金, shop rents)", () => {
    expect(route("凤鸣镇的门面租金太高了，好多店都开不下去")).toEqual({ category: "business-jobs", place: "fengming", target: "studio-xinlianxin" });
    expect(router.route("店租太贵，街上一半门面都空着").category).toBe("business-jobs");
  });
});

describe("round 10: not suggestions", () => {
  it("takes a matter said to be over (恢复供电, 不用再处理, back to normal) as no suggestion", () => {
    for (const t of ["黄石镇停电的事已经恢复供电了，谢谢", "盘龙街道的水已经来水了，不用再处理了", "The power in Huangshi is back to normal now, no need to follow up"]) {
      expect(router.route(t), t).toMatchObject({ isSuggestion: false, target: null });
    }
  });

  it("reads a request said not to be needed as none, but a real request after it still counts", () => {
    expect(router.route("不用处理了").isSuggestion).toBe(false);
    expect(router.route("停水的事不用再处理了，但是凤鸣镇的路灯还是不亮，请修一下").target).toBe("deputy-fengming");
  });

  it("takes greetings and wishes as asking nothing (hope you have a nice day)", () => {
    for (const t of ["Hi everyone, hope you have a good day", "Take care and best wishes to the team", "你们好，祝大家周末愉快"]) {
      expect(router.route(t), t).toMatchObject({ isSuggestion: false, target: null, category: null });
    }
  });
});

describe("round 10: vocabulary", () => {
  it("knows English slope and bin words", () => {
    expect(router.route("The slope above our road in Fengming has big cracks").category).toBe("public-safety");
    expect(router.route("There are no rubbish bins anywhere on our street in Renhe").category).toBe("environment");
    expect(router.route("The bar next door plays music until 3am in Qinglong").category).toBe("environment");
  });
});
