/**
 * Twenty-fourth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after an eleventh fresh
 * blind set (set M, see docs/routing-eval.md) and the rest of set L:
 * - scorn after a praise word (安逸个锤子) is no praise;
 * - what a nurse or doctor says is who speaks, not the matter;
 * - vocabulary: a school's set uniform, the school day's start, power that
 *   goes off, a market's stall fees, a neighbour blocking the gate, an
 *   insurance card that will not swipe.
 */
import type { RoutingCase } from "./cases.js";
import { sense, vocab } from "./case-builders.js";

export const round24Cases: RoutingCase[] = [
  vocab("人和街道社区医院看个病要等一上午，巴适个锤子", "health", "renhe", "member-medical", "scorn after praise"),
  vocab("盘龙街道那所初中非要家长买六百块一套的指定校服", "education", "panlong", "studio-zhenxinxuan", "a set uniform"),
  sense("The children in Shuangjiang are exhausted; the doctor says it is the school day starting at 6:50", "education", "shuangjiang", "studio-zhenxinxuan", "what the doctor says"),
  vocab("In Renhe the power goes off every night around nine", "utilities", "renhe", "room-renhe", "power goes off"),
  vocab("青龙街道菜市场的摊位费又涨了，卖菜的都做不下去了", "business-jobs", "qinglong", "studio-xinlianxin", "stall fees"),
  vocab("Our neighbour keeps blocking our gate with his van and we've argued for months", "disputes", "unknown", "mediation-lawyers", "a neighbour blocking the gate"),
  vocab("黄石镇卫生院拿个药排老长的队，医保卡还刷不出来", "health", "huangshi", "member-medical", "an insurance card that will not swipe"),
];

export const routingCases = round24Cases;
