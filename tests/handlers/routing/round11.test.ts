/**
 * The mechanisms of routing round 11 (issue #13), each checked on wordings
 * that are in no case file: requests reported from the past around thanks or
 * a solved matter, clauses that say the matter is over, compliments and what
 * undoes them; matters on the way or on a route between two places, a
 * county-wide matter from a town's resident, a matter outside the county;
 * names in sayings, after a region and a linker, and English names of people,
 * brands and styles.
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

describe("round 11: not suggestions", () => {
  it("reads a request reported from the past (上个月反映的, 每次帮我们反映, last week) as asked before, when thanks or a solved matter surround it", () => {
    expect(route("上个月反映的凤鸣镇自来水浑浊，现在水已经清了，谢谢你们")).toEqual(none("fengming"));
    expect(route("人和街道的王代表每次帮我们反映路灯的事都很上心，给他点赞")).toEqual(none("renhe"));
    expect(route("Thanks to the Bayang deputy station, the bus shelter I reported last week is up now and looks great")).toEqual(none("bayang"));
    // With no thanks and nothing solved, a past request still opens the matter.
    expect(route("上个月反映的凤鸣镇自来水浑浊，到现在还没人管")).toMatchObject({ category: "utilities", place: "fengming", target: "deputy-fengming" });
  });

  it("reads a clause that says the matter is over (现在…已经…了) as solved, but not a count or a duration", () => {
    expect(route("黄石镇前两天停水，现在已经来水了")).toEqual(none("huangshi"));
    expect(route("巴阳镇这个月已经停电五次了")).toEqual({ category: "utilities", place: "bayang", target: "deputy-bayang" });
    expect(route("凤鸣镇的路灯已经坏了半个月了")).toMatchObject({ category: "public-facilities", target: "deputy-fengming" });
  });

  it("reads a compliment with nothing asked as no suggestion, unless something undoes it (本来很好, 不太满意)", () => {
    expect(route("双江街道新建的口袋公园真漂亮")).toEqual(none("shuangjiang"));
    expect(route("小区环境本来很好，现在垃圾没人收")).toMatchObject({ category: "environment" });
    expect(router.route("人和街道的公交服务我不太满意，车太少").category).toBe("roads-transport");
  });
});

describe("round 11: where the matter is", () => {
  it("says unknown with both places for a matter on the way (沿途, on the way) or on a route between them", () => {
    for (const t of ["每天从黄石镇开车去青龙街道，沿途有好几个大坑", "I drive from Fengming to Huangshi every morning and on the way there is a bridge with a broken railing", "凤鸣镇到巴阳镇的班车太少了"]) {
      const d = router.route(t);
      expect(d.place, t).toBe("unknown");
      expect(d.placeCandidates, t).toHaveLength(2);
      expect(d.target, t).toBeNull();
    }
  });

  it("still follows a clause that points back at a role after a route, and does not read a move as a route", () => {
    expect(route("每天从凤鸣镇坐车到双江街道上班，单位门口的路灯坏了")).toMatchObject({ place: "shuangjiang", target: "room-shuangjiang" });
    expect(router.route("我从巴阳镇嫁到凤鸣镇，凤鸣镇的垃圾车一周才来一次").place).toBe("fengming");
  });

  it("gives a county-wide matter written by a town's resident to the county", () => {
    expect(route("我是清水乡的，县里的农村公路养护太差了")).toEqual({ category: "roads-transport", place: "county", target: "member-comprehensive" });
  });

  it("gives no place to a matter in a region outside the county, whoever writes", () => {
    expect(route("我住在人和街道，成都那边的高速收费太贵")).toEqual({ category: "roads-transport", place: "unknown", target: null });
  });
});

describe("round 11: names that are not places", () => {
  it("rejects a name after a region and a linker (广东也有个双江) and common-word names in sayings (俗话说人和万事兴)", () => {
    for (const t of ["广东也有个双江，我们村的路灯却一直没人修", "俗话说人和万事兴，我们村的水管却一直漏水"]) {
      const d = router.route(t);
      expect(d.place, t).toBe("unknown");
      expect(d.target, t).toBeNull();
    }
  });

  it("rejects English names of people, brands and styles (my coworker X says, X Beer, X-style)", () => {
    expect(route("My coworker Qingshui says the clinic has no doctor at night")).toEqual({ category: "health", place: "unknown", target: "member-medical" });
    expect(router.route("A Renhe-style barbecue stall opened downstairs and the smoke comes into our flat").place).toBe("unknown");
    expect(router.route("Panlong Beer trucks block our lane every morning").place).toBe("unknown");
  });
});
