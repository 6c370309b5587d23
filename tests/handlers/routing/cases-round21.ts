/**
 * Twenty-first round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after an eighth fresh
 * blind set (set J, see docs/routing-eval.md) showed these families:
 * - English thanks for a thing replaced, "nothing to report"; a question of
 *   where an office is (在哪栋楼, 导航找不到) is no suggestion;
 * - a bottled-water brand named like a place is no place;
 * - "my company is in X", "I rent a flat in Y": where the resident works and
 *   lives; the place of a family home pointed back at by 老家 needs no thing
 *   named, the resident's own home (我们家) still does;
 * - who rides past (骑机车) and who visits (病人家属) say who, not what;
 * - vocabulary: water cut off, no signal at all, dust from lorries, a water
 *   dispenser in a park, a boss who "ghosted" a worker.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, sense, two, vocab } from "./case-builders.js";

export const round21Cases: RoutingCase[] = [
  notSugg("Thanks! The broken bench in the Renhe square was replaced in three days.", null, "renhe", null, "replaced, thanks"),
  notSugg("The new toilets at the Fengming bus station look great. Nothing to report, just saying thanks.", null, "fengming", null, "nothing to report"),
  notSugg("盘龙街道议事厅在哪栋楼？我导航找不到", null, "panlong", null, "where is the office"),
  notPlace("I buy Huangshi mineral water because the tap water at home tastes of rust. Does anyone test the supply?", "utilities", "unknown", null, "a water brand"),
  two("My company is in Panlong and I rent a flat in Shuangjiang. The lift in my building in Shuangjiang has been broken for a week.", "housing-community", "shuangjiang", "room-shuangjiang", "company and flat"),
  two("我老家是黄石镇的，现在在双江街道带孙子。说说老家的事：村后面的山裂了口子，一下雨就掉石头", "public-safety", "huangshi", "deputy-huangshi", "老家 points back without a thing named"),
  sense("凤鸣镇工业园外面那条路的路灯坏了好多盏，工人下夜班骑电动车回家黑漆漆的", "public-facilities", "fengming", "deputy-fengming", "who rides past"),
  sense("青龙街道医院住院部一点信号都没有，病人家属打电话要跑到楼下", "utilities", "qinglong", "room-qinglong", "no signal in a ward"),
  vocab("My mother in Qingshui has had her water cut off most afternoons this month", "utilities", "qingshui", "deputy-qingshui", "water cut off"),
  vocab("拉沙的大货车天天从巴阳镇场镇穿过，扬尘大得很，窗台上一层灰", "environment", "bayang", "deputy-bayang", "dust from lorries"),
  vocab("人和街道的公园夏天连个饮水机都没有，建议装几台", "public-facilities", "renhe", "room-renhe", "a water dispenser"),
  vocab("My brother did renovation work in Huangshi and the boss ghosted him, no pay for two months", "disputes", "huangshi", "mediation-lawyers", "ghosted"),
];

export const routingCases = round21Cases;
