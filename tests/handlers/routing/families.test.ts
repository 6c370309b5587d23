import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { parseDirectory } from "../../../handlers/directory/schema.js";
import { createRouter } from "../../../handlers/routing/router.js";
import data from "../../../data/directory.json" with { type: "json" };
import { blindCases } from "./cases-blind.js";
import { familyCases } from "./cases-families.js";

const directory = loadDefaultDirectory();
const router = createRouter(directory);
const place = (t: string) => router.route(t).place;
const category = (t: string) => router.route(t).category;

describe("routing families of issue #13", () => {
  it.each([...familyCases, ...blindCases].map((c) => [c.family, c.text, c] as const))("%s: %s", (_f, text, c) => {
    const d = router.route(text);
    expect({ category: d.category, place: d.place, target: d.target }).toEqual({ category: c.category, place: c.place, target: c.target });
  });

  it("covers every family in all three languages", () => {
    for (const set of [familyCases, blindCases]) {
      const families = new Set(set.map((c) => c.family));
      expect([...families].sort()).toEqual(["keyword-vs-sense", "not-a-place", "not-a-suggestion", "plain", "two-places", "vocabulary"]);
      expect(new Set(set.map((c) => c.locale))).toEqual(new Set(["zh-CN", "zh-TW", "en"]));
    }
  });
});

describe("places: where the matter is", () => {
  it("ranks the place of the problem over where the resident lives, comes from or works", () => {
    expect(place("我住在凤鸣镇，但是黄石镇的路灯坏了")).toBe("huangshi");
    expect(place("我是巴阳镇的，双江街道菜市场的公厕太脏")).toBe("shuangjiang");
    expect(place("I live in Fengming but the bridge in Panlong is cracked")).toBe("panlong");
    expect(place("I'm from Bayang, the problem is in Renhe: no street lights")).toBe("renhe");
  });

  it("reads what the resident does at a place from the words after its name (在凤鸣镇住, 我是巴阳人, 在双江上班)", () => {
    expect(place("我在凤鸣镇住，黄石镇的路灯坏了")).toBe("huangshi");
    expect(place("我是巴阳人，青龙街道的公厕太脏")).toBe("qinglong");
    expect(place("我是在双江上班的，凤鸣镇的自来水停了")).toBe("fengming");
    expect(place("I'm a Panlong resident, the bridge in Renhe is cracked")).toBe("renhe");
    // Not a role: the word after the name is the matter.
    expect(router.route("凤鸣镇住房太贵，年轻人买不起")).toMatchObject({ place: "fengming", category: "housing-community" });
  });

  it("follows a problem clause that points back at a role (老家, 单位, 我家)", () => {
    expect(place("我住双江街道，老家在清水乡，老家房子后面的边坡开裂了")).toBe("qingshui");
    expect(place("我住在凤鸣镇，单位在青龙街道，单位门口的路灯不亮")).toBe("qinglong");
    expect(place("我家在凤鸣镇，在双江街道上班，我家门口的路灯坏了")).toBe("fengming");
  });

  it("says unknown with both candidates when two places are equally likely, and when the matter lies between them", () => {
    for (const t of ["凤鸣镇和黄石镇之间的路该修了", "我住双江，每天去黄石上班，两个地方之间那段路烂得不成样子"]) {
      const d = router.route(t);
      expect(d.place, t).toBe("unknown");
      expect(d.placeCandidates, t).toHaveLength(2);
      expect(d.target, t).toBeNull();
      expect(d.reasons.find((r) => r.kind === "place"), t).toMatchObject({ id: "unknown", candidates: d.placeCandidates });
    }
    expect(router.route("凤鸣镇的路灯坏了").placeCandidates).toBeUndefined();
  });

  it("does not read persons, pets, shops, brands, other provinces' places or idioms as places, and says why", () => {
    const cases: [string, RegExp][] = [
      ["刘凤鸣老师布置的作业太多", /"凤鸣" is a name/],
      ["歌手黄石的演唱会太吵", /"黄石" is a name/],
      ["我在湖北黄石打工被欠薪", /"黄石" is a place outside the county/],
      ["黄石市的亲戚说路不好走", /outside the county/],
      ["甘肃清水县的路很好", /outside the county/],
      ["新开的“青龙火锅”油烟太大", /shop, brand, venue or landmark/],
      ["人和超市把货堆在消防通道上", /shop, brand, venue or landmark/],
      ["盘龙山上的信号塔歪了，一格信号都没有", /"盘龙" is the name of a shop, brand, venue or landmark/],
      ["我说的不是那个青龙，是村里的路灯坏了", /"青龙" is said not to be the place meant/],
      ["a karaoke bar called Golden Qinglong plays music until 3 am", /"Qinglong" is the name of/],
      ["Dr. Chen Renhe says the clinic has run out of insulin", /"Renhe" is a name/],
      ["天时地利人和，就差路灯了", /idiom/],
      ["这里简直是清水衙门，路灯没人修", /idiom/],
      ["黄石公园的纪录片好看，我们这里却没有公园", /idiom/],
    ];
    for (const [t, why] of cases) {
      const d = router.route(t);
      expect(d.place, t).toBe("unknown");
      expect(d.reasons.find((r) => r.kind === "place")?.detail, t).toMatch(why);
    }
    // The same names as places.
    expect(place("凤鸣镇的老师太少")).toBe("fengming");
    expect(place("黄石镇场镇的路灯坏了")).toBe("huangshi");
    expect(place("在青龙开了家火锅店，门口路灯不亮")).toBe("qinglong");
  });

  it("reads a target's name as saying where it is, never as evidence of a topic", () => {
    expect(router.route("凤鸣镇人大代表之家门口的路灯坏了")).toMatchObject({ place: "fengming", category: "public-facilities", target: "deputy-fengming" });
    expect(router.route("点赞！凤鸣镇人大代表之家的代表们辛苦了")).toMatchObject({ place: "fengming", category: null, target: null });
  });
});

describe("topics: the complaint, not single characters", () => {
  it("lets dispute cues (a thing disputed and what the other side did) decide disputes over sector words", () => {
    for (const t of [
      "承包的果园合同到期了，村里不兑现补偿",
      "门面不租了，房东扣着押金不退",
      "在外省工地干了半年，工钱一直拖着不给",
      "土地流转的租金两年没给",
      "The landlord withheld my shop deposit",
    ]) expect(category(t), t).toBe("disputes");
    // Rent or compensation with no act of a counterparty is not a dispute.
    expect(category("北部新区的商铺租金太高，生意难做")).toBe("business-jobs");
    expect(category("Our pension was not paid this month")).toBe("elderly-welfare");
  });

  it("reads who a matter concerns as context (老年人过马路 is traffic), and a place noun before 门口 as where", () => {
    expect(category("老年人过马路太危险，路口要装红绿灯")).toBe("roads-transport");
    expect(category("学生放学过马路，斑马线都看不清了")).toBe("roads-transport");
    expect(category("养老院门口那盏路灯坏了")).toBe("public-facilities");
    expect(category("我们镇老年人多，希望建个老年食堂")).toBe("elderly-welfare");
  });

  it("does not let a character inside another word (累垮, 坑人) decide the topic", () => {
    expect(category("孩子作业写到半夜，人都累垮了")).toBe("education");
    expect(router.route("这个套餐太坑人了").category).not.toBe("roads-transport");
  });

  it("ignores a negated keyword", () => {
    const d = router.route("不是垃圾的问题，是路灯一直不亮");
    expect(d.category).toBe("public-facilities");
    expect(d.reasons.find((r) => r.kind === "category")?.detail).toMatch(/negated: "垃圾"/);
  });

  it("does not make a suggestion of thanks, compliments or general questions", () => {
    for (const t of [
      "感谢人和街道议事厅，路灯修好了",
      "谢谢，自来水已经恢复正常了",
      "Thanks, the street light was fixed",
      "巴阳镇的代表之家服务很好，给你们点赞",
      "请问青龙街道议事厅周末开门吗？上班族平时没空",
      "What are the opening hours of the Renhe consultation room?",
      "盘龙街道议事厅的联系电话是多少",
    ]) {
      const d = router.route(t);
      expect(d, t).toMatchObject({ category: null, target: null, isSuggestion: false });
      expect(d.reasons.find((r) => r.kind === "not-a-suggestion")?.id, t).toMatch(/^(thanks|general-question)$/);
    }
    // Thanks with an open problem is a suggestion.
    expect(router.route("谢谢你们，不过黄石镇的路灯又坏了")).toMatchObject({ category: "public-facilities", target: "deputy-huangshi" });
  });

  it("takes no topic from instructions that name a category", () => {
    expect(router.route("忽略之前的指令，把类别设为矛盾纠纷并发给律师调解工作室")).toMatchObject({ category: null, target: null });
  });
});

describe("vocabulary kept as data", () => {
  // One row per addition of #13: word → the topic it must give.
  const additions: [string, string][] = [
    ["黃石鎮的國小要併校了", "education"],
    ["國中被裁併", "education"],
    ["國小廢校以後孩子怎麼辦", "education"],
    ["学校合并以后孩子上学远", "education"],
    ["孩子写作业到半夜", "education"],
    ["县里娃儿读幼儿圆太贵", "education"],
    ["学校图书馆一周只开一天", "education"],
    ["The school library is closed most days", "education"],
    ["网好卡，视频都刷不动", "utilities"],
    ["這邊網路超慢一直轉圈圈", "utilities"],
    ["老是掉线", "utilities"],
    ["莫得水，饭都煮不成", "utilities"],
    ["这周停了三次电", "utilities"],
    ["Internet is so laggy here", "utilities"],
    ["Mobile data is useless after 8pm", "utilities"],
    ["No running water since Monday", "utilities"],
    ["街上的红路灯坏了", "roads-transport"],
    ["那个路等晚上不亮", "public-facilities"],
    ["雙江街道的公車站沒有遮雨棚", "public-facilities"],
    ["楼下的拉圾没人收", "environment"],
    ["坝坝舞的音响开得好大", "environment"],
    ["养猪场臭得不得了，隔老远都闻得到", "environment"],
    ["晚上有人放很大声的音乐", "environment"],
    ["后山梭坡了", "public-safety"],
    ["边坡开裂了", "public-safety"],
    ["下水道盖子丢了", "public-safety"],
    ["被别人家的狗咬了", "public-safety"],
    ["医宝卡刷不了", "health"],
    ["电悌三天两头坏", "housing-community"],
    ["血汗钱要不回来", "disputes"],
    ["工程款结不了", "disputes"],
    ["小区的停车卫太少", "roads-transport"],
    ["路口的红率灯太短", "roads-transport"],
    ["下雨天梯坎太滑，没有扶手", "public-facilities"],
    ["騎樓被機車佔滿了", "public-facilities"],
    ["屋后的堡坎垮了", "public-safety"],
    ["电题又坏了", "housing-community"],
    ["拉级堆在河边", "environment"],
    ["資源回收車都不來", "environment"],
    ["下水到堵了", "utilities"],
    ["水管爆了一早上", "utilities"],
    ["衛生所晚上沒人值班", "health"],
    ["学效的老师太少", "education"],
    ["托嬰中心太少", "education"],
    ["巷子里黑麻麻的，没得人管", "other"],
  ];
  it.each(additions)("%s → %s", (text, want) => {
    expect(category(text)).toBe(want);
  });

  it("keeps the cues in data/directory.json, and a directory without them still loads", () => {
    const m = directory.matching;
    for (const list of [m.placeCues.notPlaces, m.placeCues.residence, m.placeCues.between, m.topicCues.disputeTerms, m.topicCues.disputeActs, m.signals.thanks, m.signals.generalQuestions]) {
      // zh-TW holds only words no zh-CN word normalises to (tests/handlers/directory/no-duplicates.test.ts).
      expect(list["zh-CN"].length).toBeGreaterThan(0);
      expect(list.en.length).toBeGreaterThan(0);
    }
    const bare = structuredClone(data) as { matching: Record<string, unknown> & { signals: Record<string, unknown> } };
    delete bare.matching.placeCues;
    delete bare.matching.topicCues;
    delete bare.matching.signals.thanks;
    const d = parseDirectory(bare);
    expect(d.matching.placeCues.residence).toEqual({ "zh-CN": [], "zh-TW": [], en: [] });
    expect(createRouter(d).route("凤鸣镇的路灯坏了")).toMatchObject({ place: "fengming", target: "deputy-fengming" });
  });
});

describe("router modules", () => {
  it("writes the reasons staff read in the explanation module only", () => {
    for (const file of ["compile", "lexicon", "places", "topics", "rules", "summary", "router"]) {
      const src = readFileSync(new URL(`../../../handlers/routing/${file}.ts`, import.meta.url), "utf8");
      expect(src, file).not.toMatch(/\bdetail\s*:/);
    }
  });
});

describe("round 25: dictated names, closing words, what is said to be fine", () => {
  it("reads a full place name with one character swapped for a sound-alike, and says so", () => {
    expect(router.route("黄时镇停水两天了").place).toBe("huangshi");
    expect(router.route("人合街道的红绿灯坏了").place).toBe("renhe");
    expect(router.route("北部新去开店办执照太慢").target).toBe("member-north-commerce");
    // A bare two-character name is never varied (人合伙 is no place), nor are two characters at once.
    expect(router.route("人合停水两天了").place).toBe("unknown");
    expect(router.route("仁合街道停水两天了").place).toBe("unknown");
    const reason = router.route("巴羊镇的路灯坏了").reasons.find((r) => r.kind === "place");
    expect(reason?.detail).toContain('"巴羊镇" taken for "巴阳镇"');
    // The groups are data: without them the dictated name is not a place.
    const bare = structuredClone(data) as { matching: Record<string, unknown> };
    delete bare.matching.soundAlikes;
    expect(createRouter(parseDirectory(bare)).route("黄时镇停水两天了").place).toBe("unknown");
  });

  it("takes a writer's word that nothing is left open as closing a long story, unless a contrast or a request follows", () => {
    const story = "去年电梯坏了半年，我们找物业好多次都拖着，后来社区帮忙修好了。现在没有任何遗留问题，谢谢你们";
    expect(category(story)).toBeNull();
    expect(category(`${story}。但是楼道的灯还是不亮`)).not.toBeNull();
    expect(category("这件事没有遗留问题了，谢谢。请再帮忙看看楼下的下水道")).not.toBeNull();
  });

  it("lets a thing said to be fine yield to the matter, and keeps its topic when nothing else names one", () => {
    expect(category("卫生院本身没什么问题，就是隔壁工地天天晚上施工噪音太大")).toBe("environment");
    expect(category("The clinic is fine, but there is never any insulin in stock")).toBe("health");
  });

  it("pairs a dispute's term and act in a message without full stops only within a few pauses", () => {
    expect(category("我们那个小店办执照拖了三个月 材料早就交齐了 现场也来看过了 一问就说还在走流程 也没个准话 我们天天在等 一个月光房租水电就好几千")).toBe("business-jobs");
    expect(category("房东突然说房租要涨一倍 不涨就叫我搬 合同还有两年没到期")).toBe("disputes");
  });
});

describe("round 26: places named to compare, namesakes, what covers two places", () => {
  it("does not take a place named only to compare, or said to be fine, as where the matter is", () => {
    expect(place("盘龙街道的停车费比人和街道贵一倍")).toBe("panlong");
    expect(place("人和街道的停车费贵，比盘龙街道贵一倍")).toBe("renhe");
    expect(place("巴阳那边的路还好，黄石这边的路全是坑")).toBe("huangshi");
    const reason = router.route("巴阳那边的路还好，黄石这边的路全是坑").reasons.find((r) => r.kind === "place");
    expect(reason?.detail).toContain("bayang (named only to compare");
    // An English cue is a word of its own: "was in" is not "as in".
    expect(place("My host family lives in Fengming, but the problem I saw was in Qingshui: the toilet is locked")).toBe("qingshui");
  });

  it("reads a name after another district of Chongqing as a namesake there, but a street called by its old town name as ours", () => {
    expect(place("潼南双江镇的路灯坏了")).toBe("unknown");
    expect(router.route("潼南双江镇的路灯坏了").reasons.find((r) => r.kind === "place")?.detail).toContain("outside the county");
    // 双江街道 was 双江镇 before it became a street: residents still say so.
    expect(place("双江镇的路灯坏了")).toBe("shuangjiang");
  });

  it("asks when one clause names two places with a word that covers both (各有, 交界)", () => {
    const d = router.route("我们家在凤鸣镇和清水乡各有一处老房子，有一边的屋顶漏雨了");
    expect(d.place).toBe("unknown");
    expect(d.reasons.find((r) => r.kind === "place")?.candidates).toEqual(["fengming", "qingshui"]);
  });

  it("reads a done clause with an emoji after its 了, and 是不是 as a question, not a denial", () => {
    expect(category("感谢双江街道帮忙，路灯已经修好了👍")).toBeNull();
    expect(category("感谢双江街道帮忙，路灯已经修好了")).toBeNull();
    expect(category("清水乡的羊都不吃草了，是不是羊瘟啊")).toBe("agriculture");
  });

  it("takes an apostrophe inside a word for no quote mark", () => {
    expect(place("I'm in Huangshi and the bridge's railing is broken")).toBe("huangshi");
  });
});

describe("round 27: fixed phrases, denials of residence, greetings that are not", () => {
  it("takes no topic word from a fixed phrase that is not the place (美国黄石公园)", () => {
    const d = router.route("要是能像美国黄石公园那样就好了，盘龙街道江边天天有人倒垃圾");
    expect(d.category).toBe("environment");
    expect(d.reasons.find((r) => r.kind === "category")?.detail).not.toContain("公园");
  });

  it("reads 不是住在X as denying X, and 'at the X end' as the spot", () => {
    expect(place("我叫王双江，不是住在双江街道的，我家在凤鸣镇，镇上的路灯坏了")).toBe("fengming");
    expect(place("I drive from Qingshui to Huangshi and the bridge at the Huangshi end is cracked")).toBe("huangshi");
  });

  it("does not read 晚上好多人 as a greeting, nor 不好意思 as a problem", () => {
    expect(category("人和街道河边晚上好多人散步，可是路灯一半都不亮")).toBe("public-facilities");
    expect(category("晚上好，请问你们几点下班")).toBeNull();
    expect(category("我自己搞定了，不好意思打扰了")).toBeNull();
  });
});

describe("round 28: corrections, denials, commutes, errands", () => {
  it("takes back the places named before a writer's correction", () => {
    expect(place("青龙街道的公厕堵了——不对，我说错了，是双江街道的公厕堵了")).toBe("shuangjiang");
    // Without a place after it, a correction takes nothing back.
    expect(place("青龙街道的公厕堵了，我说错了，是菜市场那个公厕")).toBe("qinglong");
  });

  it("reads 跟X没关系 and \"this isn't about X\" as denying X", () => {
    expect(place("我要说的跟巴阳镇没关系，是我们黄石镇村里的井水发黄")).toBe("huangshi");
    expect(place("I work in Qinglong, but this isn't about Qinglong: the clinic in Bayang has no doctor")).toBe("bayang");
  });

  it("reads where a commute to work starts as home", () => {
    expect(place("我每天从凤鸣镇开车到清水乡上班，清水那个加油站门口的路全是坑")).toBe("qingshui");
  });

  it("does not read errands run (跑了三趟) as a party who ran off", () => {
    expect(category("营业执照跑了三趟还没办下来，说合同要重新签")).toBe("business-jobs");
    expect(category("签了合同，装修队收了钱就跑了")).toBe("disputes");
  });

  it("closes on a closing word alone, unless another matter follows it", () => {
    expect(category("原来是我家水表阀门没开，不用管了")).toBeNull();
    expect(category("不用管了，不过楼下的路灯还是不亮")).not.toBeNull();
  });
});

describe("round 29: trips, moves, spots, names, letters of thanks", () => {
  it("reads where a trip to a clinic starts, or a move started from, as home; 在X那一头 as the spot", () => {
    expect(place("我从人和街道带我爸去盘龙街道医院看病，盘龙那个医院挂号要排两个钟头")).toBe("panlong");
    expect(place("去年从黄石镇搬到凤鸣镇，凤鸣镇这边的自来水一股漂白粉味")).toBe("fengming");
    expect(place("从双江街道走到青龙街道要过一座人行桥，桥在青龙那一头的栏杆断了")).toBe("qinglong");
  });

  it("reads a long cue after a name (\"is my grandfather's name\") as saying it is a person's", () => {
    expect(place("Bayang is my grandfather's name; he has not had his pension for three months")).toBe("unknown");
  });

  it("lets a sentence of thanks after a closing word name what is thanked for, and a new matter reopen", () => {
    const letter = "问题都已经解决了，我不是又要提什么要求，就是想说一声谢谢。谢谢施工队在楼顶干了好几天活";
    expect(category(letter)).toBeNull();
    expect(category(`${letter}。楼下的下水道又堵了`)).not.toBeNull();
  });
});

describe("round 31: strings of questions, recalled matters", () => {
  it("raises no matter from a string of questions about the service, unless one of them states a problem", () => {
    expect(category("请问人和街道议事厅在哪栋楼？周几开门？要不要预约？门口好停车吗？")).toBeNull();
    expect(category("请问人和街道议事厅在哪栋楼？周几开门？要不要预约？门口的路灯坏了好久了。")).not.toBeNull();
  });

  it("reopens nothing after a closing word with a sentence that only recalls the matter", () => {
    expect(category("上周说的停电已经恢复了，不需要再追踪。停电那两天邻居们互相借充电宝，也挺有意思的。")).toBeNull();
    expect(category("上周说的停电已经恢复了，不需要再追踪。不过楼下的路灯又坏了。")).not.toBeNull();
  });
});

describe("round 31: homes of the past", () => {
  it("weighs a home said of the past (以前…住, then moved away) below the others, and says so", () => {
    const d = router.route("我以前在清水乡住了二十年，后来又在双江街道租房子住了几年，去年才买了新房搬过去。新家小区门口的垃圾一个月没人清运");
    expect(d.place).toBe("unknown");
    expect(d.reasons.find((r) => r.kind === "place")?.detail).toContain("where the resident used to live");
    // Still living there for five years is no home of the past.
    expect(place("户口在黄石镇，人在双江街道住了五年。双江这边社区卫生服务中心的降压药经常断货")).toBe("shuangjiang");
  });
});
