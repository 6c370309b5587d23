/**
 * Twenty-eighth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after two fresh blind
 * sets (U, the seasons; V, unsure and indirect writers; see
 * docs/routing-eval.md):
 * - a writer's correction (不对不对，我说错了; I meant) takes back the places
 *   named before it; 跟X没关系 and "this isn't about X" deny X; where a
 *   commute to work starts is home; "moved from", "here in";
 * - a problem clause that names no region is here, even after one that
 *   names a place outside the county; 两头猪 are two pigs, not two places;
 *   a praised thing in its own clause yields to the matter;
 * - 跑了五趟 is errands, not a party who ran off; "another thing" after
 *   thanks opens a matter; closings alone (不用管了, just curious); wishes
 *   at the end of a letter (工作顺利) ask nothing;
 * - vocabulary: sharp bends and mirrors, timetables, a burst main, catering
 *   licences, 黄龙病, crowding at a school gate, a dish named after a place.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, plain, sense, two, vocab } from "./case-builders.js";

export const round28Cases: RoutingCase[] = [
  two("青龙街道菜市场的公厕堵了——不对，我说错了，是双江街道菜市场的公厕堵了，臭得很", "public-facilities", "shuangjiang", "room-shuangjiang", "a correction takes back the first place"),
  two("I mean the bridge in Renhe, not Panlong — sorry, I meant Renhe. Its railing is broken", "public-safety", "renhe", "room-renhe", "I meant"),
  two("我要说的跟巴阳镇没关系，是我们黄石镇村里的井水发黄", "utilities", "huangshi", "deputy-huangshi", "跟X没关系"),
  two("I work in Qinglong, but this isn't about Qinglong: the clinic in Bayang has no doctor at night", "health", "bayang", "member-medical", "this isn't about X"),
  two("我每天从凤鸣镇开车到清水乡上班，清水那个加油站门口的路全是坑", "roads-transport", "qingshui", "deputy-qingshui", "where a commute starts is home"),
  two("We moved from Renhe last year. Here in Fengming the rubbish is only collected once a week", "environment", "fengming", "deputy-fengming", "moved from, here in"),
  notPlace("我的快递总被寄到甘肃的清水县去，我住在人和街道，小区门口能不能设个快递柜", "public-facilities", "renhe", "room-renhe", "an outside problem, then one here"),
  two("我家在巴阳镇，哥哥在盘龙街道。巴阳老屋后面的坡垮了，两头猪都被埋了，还好人没事，怕下雨再垮", "public-safety", "bayang", "deputy-bayang", "两头猪 are two pigs"),
  sense("卫生院的医生都很耐心，就是门口那条路一下雨就积水，病人进不去", "roads-transport", "unknown", null, "praised doctors, then the road"),
  sense("在人和街道开个理发店，营业执照跑了三趟还没办下来，说合同要重新签", "business-jobs", "renhe", "studio-xinlianxin", "跑了三趟 are errands"),
  plain("Thanks for fixing the bin last month! Another thing: the bus shelter in Huangshi has no roof now", "public-facilities", "huangshi", "deputy-huangshi", "another thing after thanks"),
  notSugg("上回说的停水，原来是我家水表阀门没开，不用管了", null, "unknown", null, "不用管了"),
  notSugg("How does this chatbot work? Just curious.", null, "unknown", null, "just curious"),
  notSugg("感谢青龙街道议事厅帮我们调解好了邻里纠纷，祝你们工作顺利，身体健康！", null, "qinglong", null, "wishes end a thank-you"),
  vocab("黄石镇往清水乡那条山路急弯太多，连个反光镜都没有", "roads-transport", "unknown", null, "sharp bends and mirrors"),
  vocab("盘龙街道的公交老是不按时刻表来，等一个钟头都等不到", "roads-transport", "panlong", "room-panlong", "timetables"),
  vocab("there's a burst water main outside the school in Qinglong, water everywhere", "utilities", "qinglong", "room-qinglong", "a burst main"),
  vocab("在双江街道办个餐饮证，流程复杂得很，跑了N趟", "business-jobs", "shuangjiang", "studio-xinlianxin", "a catering licence"),
  vocab("巴阳镇好多柑橘树得了黄龙病，能不能派专家来看看", "agriculture", "bayang", "member-agriculture", "黄龙病"),
  vocab("凤鸣镇小学放学的时候门口挤成一团，希望安排人疏导一下交通", "roads-transport", "fengming", "deputy-fengming", "crowding at a school gate"),
  notPlace("我在青龙街道开了家盘龙鳝馆子，想问问创业贷款怎么申请", "business-jobs", "qinglong", "studio-xinlianxin", "a dish named after a place"),
];

export const routingCases = round28Cases;
