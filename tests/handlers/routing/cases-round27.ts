/**
 * Twenty-seventh round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after reading set P
 * (a hotline week, held out through rounds 25–26; see docs/routing-eval.md):
 * - a fixed phrase that is not the place (美国黄石公园) lends no topic word;
 * - "不是住在X" denies X; "at the X end" names the spot; 晚上好多人 is no
 *   greeting;
 * - closings: 特地来感谢, 只是路过看看, please close my report; solved:
 *   搞定了, is back on; a question for the list of studios;
 * - dictated names: 下严寺, 磐龙街道;
 * - vocabulary: stallholders' fees, sand dredging, loose railings, a ramp,
 *   an inheritance quarrel, CVs and fresh graduates, severance not paid.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, sense, two, vocab } from "./case-builders.js";

export const round27Cases: RoutingCase[] = [
  notPlace("要是我们的江边能像美国黄石公园那么干净就好了，盘龙街道江边天天有人倒垃圾", "environment", "panlong", "room-panlong", "a fixed phrase lends no topic word"),
  notPlace("我叫王双江，不是住在双江街道的，我家在凤鸣镇，镇上的路灯坏了一个月", "public-facilities", "fengming", "deputy-fengming", "不是住在 denies the place"),
  two("I drive from Qingshui to Huangshi for work and the bridge at the Huangshi end has a huge crack in it", "roads-transport", "huangshi", "deputy-huangshi", "the X end names the spot"),
  vocab("人和街道河边步道晚上好多人散步，可是路灯一半都不亮", "public-facilities", "renhe", "room-renhe", "晚上好多 is no greeting"),
  notSugg("去年反映的黄石镇那段路的事已经修好了，特地来感谢一下", null, "huangshi", null, "特地来感谢"),
  notSugg("没啥事，我只是路过看看，谢谢你们", null, "unknown", null, "只是路过看看"),
  notSugg("The power in Qinglong is back on now, please close my report. Thank you!", null, "qinglong", null, "please close my report"),
  notSugg("刚才说的那个事我自己搞定了，不好意思打扰了", null, "unknown", null, "搞定了"),
  notSugg("全县一共有多少个代表工作室？能不能发个名单", null, "county", null, "a question for the list"),
  vocab("下严寺社区门口的垃圾桶三天没人倒了", "environment", "shuangjiang", "room-shuangjiang", "下严寺 taken for 下岩寺"),
  vocab("磐龙街道的公交站牌被撞歪了好久没人修", "public-facilities", "panlong", "room-panlong", "磐龙 taken for 盘龙"),
  sense("The market office in Renhe makes us stallholders pay a 'management fee' in cash with no receipt", "business-jobs", "renhe", "studio-xinlianxin", "stallholders' fees"),
  sense("清水乡那条河上游天天有船在偷偷采砂，河水都浑了", "environment", "qingshui", "deputy-qingshui", "sand dredging"),
  sense("巴阳镇广场边上的栏杆都松了，一推就晃，娃儿喜欢趴在上面", "public-safety", "bayang", "deputy-bayang", "loose railings"),
  sense("The tax office in Fengming is on the second floor with no lift or ramp", "public-facilities", "fengming", "deputy-fengming", "no lift or ramp"),
  sense("My sister and I inherited our parents' tea garden in Qingshui and she refuses to let me pick my half", "disputes", "qingshui", "mediation-lawyers", "an inheritance quarrel"),
  vocab("北部新区的公司招人都要三年经验，我们应届生投简历根本没人回", "business-jobs", "qinglong", "member-north-commerce", "CVs and fresh graduates"),
  vocab("我在青龍街道的工廠被資遣，資遣費到現在還沒付清", "disputes", "qinglong", "mediation-lawyers", "severance not paid"),
];

export const routingCases = round27Cases;
