/**
 * Twenty-sixth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after two fresh blind
 * sets (R, a year of voices; S, group chats; see docs/routing-eval.md):
 * - a place named only to compare (比青龙那边贵, 巴阳那边的还好, than in
 *   Renhe) is not where the matter is;
 * - a name after another district of Chongqing (潼南双江镇, 合川盘龙镇) is a
 *   namesake there; a Hubei city;
 * - two places in one clause with a word that covers both (各有, 交界) are
 *   asked; Wade–Giles spellings (Chingshui, Payang) and hyphens;
 * - a closing thanks that holds a thanks word (专门来说声谢谢); an emoji after
 *   the final 了; 是不是 asks and does not deny; a forwarded notice; a
 *   question about voice messages; apostrophes are no quotes;
 * - vocabulary: power cut N times, night piling, cracked slopes, a cancelled
 *   bus, a pond leased twice, 扯筋, partners who fell out, a landlord forcing
 *   a tenant out, wages owed, unlicensed clinics, pinyin, typos.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, plain, sense, two, vocab } from "./case-builders.js";

export const round26Cases: RoutingCase[] = [
  two("我住在人和街道，那边的菜市场还行，盘龙街道这个菜市场的地面全是污水，滑得很", "environment", "panlong", "room-panlong", "a place said to be fine"),
  two("我女儿在双江街道读书，双江那边的校车好好的，我们巴阳镇的校车一天只有一趟", "education", "bayang", "studio-zhenxinxuan", "a place said to be fine"),
  two("盘龙街道的停车费一小时十块，比人和街道贵了一倍还多", "roads-transport", "panlong", "room-panlong", "a place named to compare"),
  two("Parking in Qinglong costs twice as much as in Shuangjiang and there are no free spaces at all", "roads-transport", "qinglong", "room-qinglong", "than in…"),
  two("我们家在凤鸣镇和清水乡各有一处老房子，最近有一边的屋顶漏雨了", "housing-community", "unknown", null, "two places covered by one word"),
  notPlace("我是合川盘龙镇那边的，现在在这边的工地上做活路，老板两个月没发工资", "disputes", "unknown", "mediation-lawyers", "a namesake in another district"),
  notPlace("河北青龙县那边的公厕都是新修的，我们人和街道的公厕脏得没法进", "public-facilities", "renhe", "room-renhe", "a namesake county elsewhere, then our street"),
  vocab("Payang's clinic has no doctor on weekends", "health", "bayang", "member-medical", "Wade–Giles spelling"),
  vocab("the drains at the Pan-long market overflow every time it rains", "utilities", "panlong", "room-panlong", "a hyphen between syllables"),
  notSugg("之前反映的凤鸣镇敬老院缺护工的事，已经新招了三个护工。专门来说声谢谢", null, "fengming", null, "a closing thanks"),
  notSugg("感谢双江街道帮忙，我们小区的路灯已经修好了👍", null, "shuangjiang", null, "an emoji after 了"),
  notSugg("【转发】人和街道关于开展垃圾分类宣传周活动的通知，欢迎大家参加", null, "renhe", null, "a forwarded notice"),
  notSugg("请问能不能发语音？我不会打字", null, "unknown", null, "voice messages"),
  notSugg("I'm from Huangshi and I'd just like to say the new library is lovely", null, "huangshi", null, "an apostrophe is no quote"),
  vocab("清水乡的羊好几只都不吃草了，是不是羊瘟啊？能不能派兽医来看看", "agriculture", "qingshui", "member-agriculture", "是不是 asks"),
  vocab("巴阳镇这周停了好几回电了，冰箱里的东西都坏了", "utilities", "bayang", "deputy-bayang", "power cut N times"),
  vocab("黄石镇小学旁边的工地半夜还在打桩，娃儿根本睡不着", "environment", "huangshi", "deputy-huangshi", "night piling"),
  sense("清水乡中学后面的山坡裂了一条大缝，下面就是宿舍", "public-safety", "qingshui", "deputy-qingshui", "a cracked slope behind a school"),
  sense("My dad lives in the care home in Renhe and the only bus there was cancelled, so we cannot visit", "roads-transport", "renhe", "room-renhe", "a cancelled bus"),
  sense("I leased a plot in Fengming from the village for three years, and now they have leased the same plot to someone else", "disputes", "fengming", "mediation-lawyers", "a plot leased twice"),
  vocab("隔壁那家把垃圾堆到我家门口，说了几次还要跟我扯筋，盘龙街道的", "disputes", "panlong", "mediation-lawyers", "扯筋"),
  sense("和朋友在人和街道合伙开了个火锅店，现在闹翻了，他把店里的钱全转走了", "disputes", "renhe", "mediation-lawyers", "partners who fell out"),
  sense("The landlord of my stall in Bayang turned off the water to force me out before the lease ends", "disputes", "bayang", "mediation-lawyers", "a landlord forcing a tenant out"),
  sense("The factory in Huangshi owe us three months of wages", "disputes", "huangshi", "mediation-lawyers", "wages owed"),
  sense("Someone is running an unlicensed clinic from a flat in Qingshui and giving injections", "health", "qingshui", "member-medical", "an unlicensed clinic"),
  vocab("shuangjiang jiedao de gongjiaozhan mei you zuowei, xiwang jia ji ge dengzi", "public-facilities", "shuangjiang", "room-shuangjiang", "pinyin"),
  plain("凤鸣镇的小学放学太早了，三点半就放，我们上班的人根本接不到，也没有课后托管", "education", "fengming", "studio-zhenxinxuan", "school lets out early"),
];

export const routingCases = round26Cases;
