/**
 * Twenty-fifth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after two fresh blind
 * sets (O, dictated by voice; Q, a tester's traps; see docs/routing-eval.md):
 * - a full place name dictated with one character swapped for a sound-alike
 *   (黄时镇, 人合街道, 北部新去) still names the place;
 * - pinyin typed without tones (zilaishui, gongce, mei ren guan);
 * - thanks for a settled debt; praise of a grid worker who offers help; a
 *   writer's word that nothing is left open after a long story; praise in
 *   English (lovely, looks great); questions about results and replies;
 * - a matter raised right before a role cue (想说一下我娘家…那边), "our X's
 *   people", the spot passed on a route (经过…那一段), sewage onto the road
 *   (漫到路上) is no journey, "I teach in";
 * - a chain pharmacy, a noodle house, a quoted English name, a Taiwan rest
 *   stop, a lake park elsewhere, a given name;
 * - what is said to be fine (本身没什么问题, is fine) yields to the matter;
 *   dispute cues of a dictated message pair only within a few pauses;
 *   vocabulary: floods at a school gate, no signal, noise at night, no ramp.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, plain, sense, two, vocab } from "./case-builders.js";

export const round25Cases: RoutingCase[] = [
  vocab("凤明镇街上的路灯一到晚上就不亮 走夜路好吓人", "public-facilities", "fengming", "deputy-fengming", "凤明镇 sounds like 凤鸣镇"),
  vocab("青水乡的自来水又停了 三天没来水", "utilities", "qingshui", "deputy-qingshui", "青水乡 sounds like 清水乡"),
  vocab("盘隆街道那个菜市场门口天天堵车", "roads-transport", "panlong", "room-panlong", "盘隆街道 sounds like 盘龙街道"),
  vocab("八阳镇卫生院晚上没得医生值班", "health", "bayang", "member-medical", "八阳镇 sounds like 巴阳镇"),
  vocab("renhe jiedao de ludeng huai le hao jiu le", "public-facilities", "renhe", "room-renhe", "pinyin"),
  vocab("qinglong jiedao laji mei ren guan, chou si le", "environment", "qinglong", "room-qinglong", "pinyin"),
  notSugg("去年欠的工钱老板上个月把钱给了，谢谢你们帮忙", null, "unknown", null, "a settled debt thanked for"),
  notSugg("想夸一下人和街道的社工小李，经常上门问独居老人需不需要帮忙", null, "renhe", null, "praise of a worker who offers help"),
  notSugg("凤鸣镇的新公厕修得很漂亮，说起来去年停水的事也早就解决了，这次没有别的要反映，就是来说声谢谢", null, "fengming", null, "nothing left open"),
  notSugg("The new benches along the river in Shuangjiang look lovely. Just wanted to say thanks!", null, "shuangjiang", null, "English praise"),
  notSugg("今年那个最美庭院评选结果什么时候公布？", null, "unknown", null, "a question about results"),
  two("我是清水乡嫁过来的，现在住人和街道，想反映一下我娘家清水那边，村道上的桥裂了缝", "roads-transport", "qingshui", "deputy-qingshui", "a matter raised right before 娘家"),
  two("我们人和街道的几个老人天天去双江街道的公园锻炼，双江那个公园的厕所锁起来了", "public-facilities", "shuangjiang", "room-shuangjiang", "our X's people"),
  two("从黄石去凤鸣的公路上，经过清水乡那一段全是大坑，车子过不去", "roads-transport", "qingshui", "deputy-qingshui", "the spot passed on a route"),
  two("我以前住巴阳，搬到了青龙街道，青龙我们楼下的化粪池满了，粪水都流到路上了", "utilities", "qinglong", "room-qinglong", "flowing onto the road is no journey"),
  two("I teach in Panlong but the problem is my rented flat in Renhe: the landlord will not return the deposit", "disputes", "renhe", "mediation-lawyers", "I teach in"),
  notPlace("楼下那家凤鸣大药房卖的口罩比别处贵一倍", "health", "unknown", "member-medical", "a pharmacy named after a place"),
  notPlace("The Bayang Noodle House downstairs plays music till 1am every night and I can't sleep", "environment", "unknown", null, "a noodle house named after a place"),
  notPlace("The 'Golden Renhe' tea house in Shuangjiang has tables blocking the whole pavement", "public-facilities", "shuangjiang", "room-shuangjiang", "a quoted English name"),
  notPlace("在台灣的時候常去黃石休息站，那邊的停車場很大，建議縣裡的停車場也多規劃一些", "roads-transport", "county", "member-comprehensive", "a Taiwan rest stop"),
  notPlace("Panlong Lake park in Kunming has free drinking fountains; our county could use a few too", "public-facilities", "county", "member-comprehensive", "a lake park elsewhere"),
  sense("巴阳镇小学本身没什么问题，就是校门口那条河一涨水就淹到路上，娃娃过不去", "public-safety", "bayang", "deputy-bayang", "the school is fine"),
  sense("The library in Qinglong is fine, that's not the problem. The street outside it has had no working lights for a month.", "public-facilities", "qinglong", "room-qinglong", "the library is fine"),
  sense("我在双江街道开了个卖种子的店 房东说下个月房租涨一倍 不然就叫我搬 合同明明还没到期", "disputes", "shuangjiang", "mediation-lawyers", "a lease dispute over a seed shop"),
  plain("人和街道我们那个小店办营业执照拖了三个月 材料早就交齐了 现场也来看过了 一问就说还在走流程 也没个准话 我们天天在等 一个月光房租水电就好几千 再这样下去撑不住了", "business-jobs", "renhe", "studio-xinlianxin", "rent as a cost many pauses from a delay"),
  vocab("黃石鎮國中旁邊的基地台拆了，整條街手機都沒訊號", "utilities", "huangshi", "deputy-huangshi", "no signal after a mast came down"),
  vocab("Fengming's tax office is up three flights of stairs with no ramp for wheelchairs", "public-facilities", "fengming", "deputy-fengming", "no ramp"),
];

export const routingCases = round25Cases;
