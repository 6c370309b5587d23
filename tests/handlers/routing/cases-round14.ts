/**
 * Fourteenth round of family cases for issue #13: 48 messages (zh-CN, zh-TW,
 * en), written by the lead in wordings of their own after a fresh blind set
 * (set C, see docs/routing-eval.md) showed the families below. One or more
 * cases per change of that round, so each word or rule added has a test:
 * - phrases typed on a phone with spaces for pauses (a space between two
 *   phrases is a clause break: 修好了 大家都满意 is a solved matter);
 * - a request verb that only describes a deed (这次搞的活动, 办得热闹);
 * - what a matter leads to (拉肚子, 污水, 臭味) yielding to its cause (the tap
 *   water, the blocked drain), and not where it is the matter itself;
 * - vocabulary: meals and visits for the elderly (共餐, 独居, 行动不便), a farm
 *   stay or guest house as a business, nuts and processing as farming,
 *   walkway paving, charging from a cable in the stairwell, riding too fast,
 *   "no bars", a boundary quarrel with a neighbour;
 * - names: a neighbour's or an uncle's name, a doctor's name in pinyin, a
 *   district of another city, a dragon as a simile;
 * - where the matter is: 我们住… is where the resident lives; a family house
 *   whose problem clause points back at it.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, plain, sense, two, vocab } from "./case-builders.js";

export const round14Cases: RoutingCase[] = [
  // --- phone-typed pauses, deeds described, thanks -----------------------------
  notSugg("人和街道上回说的那个垃圾站 已经搬走了 现在干净多了", null, "renhe", null, "solved, phrases separated by spaces"),
  notSugg("盘龙街道议事厅组织的那次协商 路口加了红绿灯 大家都满意", null, "panlong", null, "solved and praised, typed with spaces"),
  notSugg("凤鸣镇这回搞的送医下乡很实在，医生也耐心，谢谢", null, "fengming", null, "a deed described (搞的), thanks"),
  notSugg("黄石镇的李子节办得真热闹，带娃去玩了一天", null, "huangshi", null, "a festival described (办得), small talk"),
  plain("双江街道 菜市场门口 垃圾好几天没人清运 臭得很", "environment", "shuangjiang", "room-shuangjiang", "spaces in a complaint still read as one matter"),
  plain("希望巴阳镇多搞几场招聘会，年轻人都往外跑了", "business-jobs", "bayang", "studio-xinlianxin", "多搞 still asks"),
  // --- consequences yield to the cause -------------------------------------------
  sense("清水乡我外婆家的井水浑得很，全家喝了都拉肚子", "utilities", "qingshui", "deputy-qingshui", "拉肚子 from the water"),
  sense("青龙街道我们单元的下水道堵了三天，污水冒到楼道，一股臭味", "utilities", "qinglong", "room-qinglong", "污水 and 臭味 from a blocked drain"),
  plain("凤鸣镇卫生院看个拉肚子排了一上午的队", "health", "fengming", "member-medical", "拉肚子 at the clinic is health"),
  plain("双江街道那条河里全是污水，一股臭味，鱼都死了", "environment", "shuangjiang", "room-shuangjiang", "污水 in the river is the matter"),
  // --- vocabulary ------------------------------------------------------------------
  vocab("巴阳镇能不能给长辈办个共餐点，老人自己煮饭不方便", "elderly-welfare", "bayang", "studio-binbin", "共餐 and 长辈"),
  vocab("人和街道我们楼有个独居的婆婆，行动不便，希望社区能上门探访", "elderly-welfare", "renhe", "studio-binbin", "独居, 行动不便, 上门探访"),
  vocab("黃石鎮的長輩共餐每週只有兩天，可以多開幾天嗎", "elderly-welfare", "huangshi", "studio-binbin", "Taiwan usage: 長輩共餐"),
  vocab("My grandmother lives alone in Qingshui and there is no day-care centre for seniors nearby", "elderly-welfare", "qingshui", "studio-binbin", "lives alone, day-care centre"),
  vocab("想在清水乡开民宿，消防和卫生的手续不知道去哪办", "business-jobs", "qingshui", "studio-xinlianxin", "a guest house and its papers"),
  vocab("我在凤鸣镇开了个农家乐，办证难，跑了好多趟", "business-jobs", "fengming", "studio-xinlianxin", "农家乐, 办证难"),
  vocab("黄石镇的核桃年年丰收，就是没有深加工，只能低价卖", "agriculture", "huangshi", "member-agriculture", "nuts and processing"),
  vocab("巴阳镇那片板栗林想请专家来做技术指导", "agriculture", "bayang", "member-agriculture"),
  vocab("盘龙街道滨江路的步行道地砖翘起来了，晚上容易绊倒人", "public-facilities", "panlong", "room-panlong", "walkway paving"),
  vocab("人和街道我们楼好几家从窗户拉根线下来给电瓶车充电，太吓人了", "public-safety", "renhe", "room-renhe", "a cable for charging"),
  vocab("青龙街道小区里的外卖电动车骑得飞快，差点撞到小孩", "roads-transport", "qinglong", "room-qinglong", "riding too fast"),
  vocab("Zero bars on my phone anywhere in Huangshi's upper villages, can't even call an ambulance", "utilities", "huangshi", "deputy-huangshi", "no bars"),
  vocab("Only one bar of signal in Bayang market, calls keep dropping", "utilities", "bayang", "deputy-bayang"),
  sense("邻居砌猪圈占了我家院坝半米，跟他讲了好多次就是说不通", "disputes", "unknown", "mediation-lawyers", "a boundary quarrel"),
  sense("我和隔壁为了宅基地的界线吵了好几年了，想请人调解", "disputes", "unknown", "mediation-lawyers"),
  // --- names that are not places ---------------------------------------------------
  notPlace("我邻居刘双江天天半夜在楼道里剁骨头，吵得睡不着", "environment", "unknown", null, "a neighbour named 双江"),
  notPlace("隔壁的陈凤鸣把垃圾堆在公共过道，说了也不听", "environment", "unknown", null, "隔壁的 + a name"),
  notPlace("我们巴阳镇的王青龙阿伯腿脚不方便，一个人住，希望有人照护", "elderly-welfare", "bayang", "studio-binbin", "王青龙阿伯 is a person"),
  notPlace("The clinic in Qingshui is fine and Dr. Wang Panlong is kind, but there is never any insulin in stock", "health", "qingshui", "member-medical", "a doctor's name in pinyin"),
  notPlace("Mr Li Huangshi, our village head in Renhe, says the road repair money ran out, so the potholes stay", "roads-transport", "renhe", "room-renhe", "Mr + pinyin name"),
  notPlace("Friends in Qinglong District, Beijing have bike lanes everywhere; we have none at all", "roads-transport", "unknown", null, "a district of another city"),
  notPlace("I studied in Renhe, Taichung for a year and their buses were great; our buses here are awful", "roads-transport", "unknown", null, "a place in Taiwan"),
  notPlace("黄石镇去村里的那条路弯得像一条青龙，又陡又窄，会车很危险", "roads-transport", "huangshi", "deputy-huangshi", "a dragon as a simile"),
  // --- where the matter is --------------------------------------------------------
  two("我们住盘龙 孩子在清水乡读小学 学校食堂的饭菜太差了", "education", "qingshui", "studio-zhenxinxuan", "我们住 is residence; the school is where the matter is"),
  two("我们家住双江，老屋在巴阳镇，老屋后面的堡坎裂了，怕下雨垮", "public-safety", "bayang", "deputy-bayang", "the family house's clause points back at it"),
  two("我住青龙街道，爸妈在黄石镇，他们那边的自来水一股怪味，喝了肚子疼", "utilities", "huangshi", "deputy-huangshi", "the parents' place, water"),
];

export const routingCases = round14Cases;
